package id.warta.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.extract.Extractor;
import id.warta.model.Citation;
import id.warta.model.Document;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.quotes.Quotes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Source chains on articles written for these tests (outlets real, events invented). */
class SourcesTest {

    static List<Citation> sources(String text, String url) {
        Document d = Extractor.extract(new RawDocument(Origin.file("test"), RawDocument.Format.TEXT, text,
                new RawDocument.Hints(null, url, null, null)));
        return Sources.find(d, Quotes.find(d, List.of()));
    }

    @Test
    void ordersTheChainFromTheOriginalToThisOutlet() {
        List<Citation> chain = sources("""
                Harga Minyak Dunia Melonjak

                Dalam laporan Bloomberg yang dikutip Al Jazeera, negara-negara produsen sepakat memangkas produksi.
                """, "https://www.contohberita.id/read/123");
        assertThat(chain).extracting(Citation::name, Citation::role).containsExactly(
                tuple("Bloomberg", "origin"), tuple("Al Jazeera", "relay"), tuple("contohberita.id", "publisher"));
    }

    @Test
    void readsWhoQuotedWhomFromDikutipXDariY() {
        List<Citation> chain = sources("""
                Pebalap Jepang Siap Kembali

                "Bahu saya sudah pulih sepenuhnya," kata Kenji Watanabe dikutip BolaSport.com dari Motorsport.
                """, "https://www.tribunnews.com/sport/2025/01/01/pebalap");
        assertThat(chain).extracting(Citation::name, Citation::role).containsExactly(
                tuple("Motorsport", "origin"), tuple("BolaSport.com", "relay"), tuple("tribunnews.com", "publisher"));
    }

    @Test
    void aCitedSpanIsItsEvidenceAndTheOutletASyndicatedStoryRanOnRelaysIt() {
        String text = """
                Badai di Filipina

                Seperti dilansir dari Reuters, Senin (6/1/2025), badai menewaskan sedikitnya 12 orang. Artikel ini telah tayang di Kompas.com.
                """;
        Document d = Extractor.extract(new RawDocument(Origin.file("t"), RawDocument.Format.TEXT, text, RawDocument.Hints.NONE));
        List<Citation> chain = Sources.find(d, List.of());
        assertThat(chain).extracting(Citation::name, Citation::role)
                .containsExactly(tuple("Reuters", "origin"), tuple("KOMPAS.com", "relay"));
        Citation reuters = chain.getFirst();
        assertThat(d.text().substring(reuters.start(), reuters.end())).isEqualTo("Reuters");
        assertThat(d.text()).doesNotContain("tayang");
        assertThat(d.credits().source()).as("the notice credits the outlet, outside the text").isEqualTo("Kompas.com");
    }

    @Test
    void mediaThatReportOrAreQuotedAreOriginsAndCreditedWiresAreAgencies() {
        List<Citation> chain = sources("""
                Gempa Guncang Jepang

                Tokyo (AFP) - Gempa berkekuatan 6,8 mengguncang wilayah utara Jepang. Menurut Reuters, belum ada laporan korban jiwa.
                """, "https://www.contohberita.id/dunia/1");
        assertThat(chain).extracting(Citation::name, Citation::role).containsExactly(
                tuple("AFP", "agency"), tuple("Reuters", "origin"), tuple("contohberita.id", "publisher"));
    }

    @Test
    void flagsAnonymousSources() {
        List<Citation> chain = sources("""
                Rencana Perombakan Kabinet

                Seorang pejabat yang tidak mau disebutkan namanya mengatakan perombakan akan diumumkan pekan depan.
                """, null);
        assertThat(chain).singleElement().satisfies(c -> {
            assertThat(c.role()).isEqualTo("anonymous");
            assertThat(c.name()).startsWith("Seorang pejabat").endsWith("namanya");
        });
    }

    @Test
    void anAgencyDatelineIsThePublisherWhenNothingElseNamesIt() {
        List<Citation> chain = sources("""
                Panen Raya di Karawang

                Karawang (ANTARA) - Petani di Karawang memulai panen raya pada pekan ini.
                """, null);
        assertThat(chain).extracting(Citation::role).containsExactly("publisher");
    }

    @Test
    void aQuotedPersonIsNotAMediaSource() {
        List<Citation> chain = sources("""
                Menteri Bicara Soal Subsidi

                "Subsidi tetap berjalan," kata Menteri Keuangan Sri Wahyuni. Harian itu mengutip Sri Wahyuni soal anggaran.
                """, null);
        assertThat(chain).isEmpty();
    }
}
