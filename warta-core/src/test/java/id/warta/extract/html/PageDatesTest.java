package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Publication dates read on the page's own day, and the witnesses that are not to be trusted. */
class PageDatesTest {
    private static final String BODY = "<body><article><p>Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak "
            + "diterjang banjir bandang pekan lalu, dibantu petugas dinas pekerjaan umum.</p></article></body>";

    private static Page page(String lang, String head, String url) {
        return HtmlPage.read("<html lang=\"" + lang + "\"><head>" + head + "</head>" + BODY + "</html>", url);
    }

    @Test
    void utcTimestampOfAnIndonesianPageFallsOnTheJakartaDay() {
        Page p = page("id", "<meta property=\"article:published_time\" content=\"2026-05-26T19:30:00Z\">", null);
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(p.published().zone().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void anOffsetWrittenElsewhereOnThePageWinsOverTheLanguage() {
        Page p = page("id", "<meta property=\"article:published_time\" content=\"2026-05-26T19:30:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2026-05-27T04:00:00+09:00\">", null);
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(p.published().zone().getTotalSeconds()).isEqualTo(9 * 3600);
    }

    @Test
    void theRegionOfTheAddressPlacesASpanishPage() {
        Page p = page("es", "<meta property=\"article:published_time\" content=\"2022-05-04T01:10:00Z\">",
                "https://www.diario-ejemplo.com.ar/politica/nota");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2022, 5, 3));
    }

    @Test
    void aPageThatNamesNoPlaceKeepsItsUtcDay() {
        Page p = page("en", "<meta property=\"article:published_time\" content=\"2022-05-04T01:10:00Z\">",
                "https://news.example.com/story");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2022, 5, 4));
    }

    @Test
    void anArchivedCopyIsDatedByTheOriginalAddressNotTheCapture() {
        Page p = page("de", "", "https://web.archive.org/web/20160218174457/http://blog.example.de/2010/05/19/literatur/");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2010, 5, 19));
    }

    @Test
    void datePublishedOfAnyJsonLdObjectIsReadWhenNothingElseDates() {
        Page p = page("de", "<script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"Tischdecke\","
                + "\"datePublished\":\"2022-01-10T22:06:08:684Z\"}</script>", null);
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2022, 1, 10));
    }
}
