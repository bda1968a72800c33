package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.extract.Extractor;
import id.warta.ingest.Decoding;
import id.warta.model.Document;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.Warning;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages that are broken in the ways the web breaks them: each gives a message or a best partial result. */
class BadPagesTest {
    private static Document extract(String html) {
        return Extractor.extract(new RawDocument(Origin.file("bad.html"), RawDocument.Format.HTML, html, RawDocument.Hints.NONE));
    }

    private static final String PARAGRAPH = "<p>Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak diterjang banjir bandang pekan lalu, "
            + "dibantu petugas dinas pekerjaan umum dan relawan dari kecamatan tetangga.</p>\n";

    @Test
    void emptyPageSaysSo() {
        Document d = extract("   \n ");
        assertThat(d.text()).isEmpty();
        assertThat(d.warnings()).extracting(Warning::code).contains("empty-page", "empty-body");
    }

    @Test
    void markupWithoutTextGivesAnEmptyBodyWarning() {
        Document d = extract("<html><head><title>x</title></head><body><div><img src=a.png></div></body></html>");
        assertThat(d.text()).isEmpty();
        assertThat(d.warnings()).extracting(Warning::code).contains("empty-body");
    }

    @Test
    void plainTextHandedInAsHtmlIsReadAsText() {
        Document d = extract("Harga cabai rawit di Pasar Kramat Jati turun menjadi Rp 40.000 per kilogram pada Senin pagi.");
        assertThat(d.text()).startsWith("Harga cabai rawit di Pasar Kramat Jati turun");
        assertThat(d.warnings()).extracting(Warning::code).contains("no-markup");
    }

    @Test
    void twentyMegabytePageIsExtracted() {
        StringBuilder html = new StringBuilder("<html><body><article>");
        while (html.length() < 20 << 20) html.append(PARAGRAPH);
        html.append("</article></body></html>");
        Document d = extract(html.toString());
        assertThat(d.text().length()).isGreaterThan(10 << 20);
        assertThat(d.text()).startsWith("Warga Desa Sukamaju");
    }

    @Test
    void fiveThousandLevelsOfNestingDoNotOverflowTheStack() {
        String open = "<div class=\"wrap\">".repeat(5000), close = "</div>".repeat(5000);
        Document d = extract("<html><body>" + open + PARAGRAPH.repeat(3) + close + "</body></html>");
        assertThat(d.text()).contains("Warga Desa Sukamaju");
    }

    @Test
    void nestedTablesAndUnclosedTagsAreRead() {
        String html = "<html><body><table><tr><td><table><tr><td><p>" + "Rapat paripurna DPRD Kota Bogor membahas rancangan "
                + "peraturan daerah tentang penataan pasar tradisional hingga larut malam, kata Ketua DPRD. ".repeat(4)
                + "<td><b>unclosed</table><div><span>";
        assertThat(extract(html).text()).contains("Rapat paripurna DPRD Kota Bogor");
    }

    @Test
    void windows1252MislabelledAsUtf8IsDecodedWithAWarning() throws IOException {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><article><p>Kafe \u201cSenja\u201d di Bandung menyajikan cr\u00e8me "
                + "br\u00fbl\u00e9e dan kopi Priangan, kata pemiliknya kepada wartawan pada Sabtu sore.</p></article></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        Decoding.Decoded decoded = Decoding.decode(bytes, null, 1 << 20);
        assertThat(decoded.note()).contains("windows-1252");
        Document d = extract(decoded.text());
        assertThat(d.text()).contains("cr\u00e8me br\u00fbl\u00e9e", "\u201cSenja\u201d");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("cr\u00e8me");
    }
}
