package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page's elements as filed once: each look-up gives what a walk of the page gives. */
class MarkupTest {
    private static final String PAGE = "<html><head><title>Banjir di Sukamaju</title><meta name=\"date\" content=\"2025-11-20\"></head>"
            + "<body><header><nav><a href=\"/\">Beranda</a></nav></header><article><h1>Banjir di Sukamaju</h1>"
            + "<div class=\"date\">Kamis, 20 November 2025</div><p>Warga mengungsi ke <b>balai desa</b>.</p></article>"
            + "<footer><p>Redaksi</p></footer></body></html>";

    @Test
    void theBodysElementsAreTheBodyWalked() {
        Document dom = Jsoup.parse(PAGE);

        assertThat(new Markup(dom).inBody()).containsExactlyElementsOf(dom.body().getAllElements());
    }

    @Test
    void anElementAfterTheBodyIsNotInIt() {
        Document dom = Jsoup.parse(PAGE);
        dom.body().after("<div id=\"trailer\">Iklan</div>");

        Markup markup = new Markup(dom);

        assertThat(markup.inBody()).containsExactlyElementsOf(dom.body().getAllElements());
        assertThat(markup.inBody()).noneMatch(e -> e.id().equals("trailer"));
    }
}
