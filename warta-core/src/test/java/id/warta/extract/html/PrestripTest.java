package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What is cut from raw markup before it is parsed, and what stays. */
class PrestripTest {
    private static String stripped(String html) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader r = Prestrip.strip(html)) {
            r.transferTo(out);
        }
        return out.toString();
    }

    @Test
    void scriptsStylesAndNoscriptsGoJsonLdStays() throws IOException {
        String html = "<head><style>p{color:red}</style><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                + "<script>var a = '<p>bukan berita</p>';</script></head><body><noscript><img src=\"/pixel.gif\"></noscript>"
                + "<p>Harga beras di Pasar Cikurubuk naik.</p></body>";
        assertThat(stripped(html)).isEqualTo("<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                + "</head><body><p>Harga beras di Pasar Cikurubuk naik.</p></body>");
    }

    @Test
    void theNoscriptTwinOfATemplateKeepsThePostsBody() throws IOException {
        String post = "<p>Tim keamanan merilis pembaruan yang menutup celah pada peramban lama.</p>";
        String blogger = "<div class=\"post-body\"><script type='text/template'>\n" + post + "\n</script>\n<noscript>\n" + post
                + "\n</noscript></div>";
        String kept = stripped(blogger);
        assertThat(kept).contains(post).doesNotContain("text/template").doesNotContain("<noscript>");
        assertThat(kept.indexOf(post)).isEqualTo(kept.lastIndexOf(post)); // once, the template's copy gone
        // a template that stands alone goes, and so does a noscript after anything else
        String alone = "<script type=\"text/template\"><p>{{ judul }}</p></script><div></div><noscript><p>Aktifkan JavaScript.</p>"
                + "</noscript>";
        assertThat(stripped(alone)).isEqualTo("<div></div>");
    }
}
