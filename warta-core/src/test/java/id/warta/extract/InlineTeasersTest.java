package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Document;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.Related;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** "Read also" teasers left mid-paragraph by flattened scrapes leave the body for {@code related}. */
class InlineTeasersTest {
    private static Document flattened() throws IOException {
        try (InputStream in = InlineTeasersTest.class.getResourceAsStream("antara-flattened-teasers.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Extractor.extract(new RawDocument(Origin.file("antara.txt"), RawDocument.Format.TEXT, text, RawDocument.Hints.NONE));
        }
    }

    @Test
    void everyTeaserOfAFlattenedAntaraPageGoesToRelated() throws IOException {
        Document d = flattened();
        assertThat(d.related()).extracting(Related::title).containsExactly(
                "Petani kopi Polewali panen raya di tengah kemarau panjang",
                "Harga kopi arabika di Toraja naik jelang musim hujan",
                "Ekspor kopi Sulbar ke Jepang naik dua kali lipat");
        assertThat(d.text()).doesNotContain("Baca juga", "Petani kopi Polewali", "Toraja", "Jepang")
                .contains("kata dia di Mamuju, Kamis. Arfan mengatakan pemerintah daerah")
                .contains("tetap terjaga. Sebelumnya, Bupati Mamasa")
                .contains("2.300 ton. \"Kualitas harus dijaga")
                .endsWith("ujar Yohanis.");
        assertThat(d.credits().authors()).containsExactly("Rina Kartika");
    }

    @Test
    void aNameBeforeAReportingVerbOpensTheNextSentence() {
        var cut = InlineTeasers.cut("Gedung itu rampung tahun lalu. Baca juga: Sumbar dukung jalur rempah jadi warisan dunia "
                + "UNESCO Mahyeldi mengatakan jalur itu melintasi empat kabupaten.");
        assertThat(cut.headlines()).containsExactly("Sumbar dukung jalur rempah jadi warisan dunia UNESCO");
        assertThat(cut.text()).isEqualTo("Gedung itu rampung tahun lalu. Mahyeldi mengatakan jalur itu melintasi empat kabupaten.");
    }

    @Test
    void aCapitalisedWordAndACommaOpenTheNextSentence() {
        var cut = InlineTeasers.cut("Air sudah surut. Baca juga: BPBD Sleman siagakan 12 perahu karet "
                + "Kedua, warga diminta tidak kembali ke rumah sebelum aman.");
        assertThat(cut.headlines()).containsExactly("BPBD Sleman siagakan 12 perahu karet");
        assertThat(cut.text()).isEqualTo("Air sudah surut. Kedua, warga diminta tidak kembali ke rumah sebelum aman.");
    }

    @Test
    void aTitleCasedHeadlineIsNotCutAtItsCapitalisedVerb() {
        var cut = InlineTeasers.cut("Harga cabai turun. Baca juga: Gubernur Lestari Mengatakan Stok Aman Hingga Lebaran");
        assertThat(cut.headlines()).containsExactly("Gubernur Lestari Mengatakan Stok Aman Hingga Lebaran");
        assertThat(cut.text()).isEqualTo("Harga cabai turun.");
    }

    @Test
    void aHeadlineWithNoEndingSignalStopsAtTheLengthLimit() {
        String words = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas "
                + "empat belas lima belas enam";
        var cut = InlineTeasers.cut("Awal. Baca juga: " + words + " ekor");
        assertThat(cut.headlines()).hasSize(1);
        assertThat(cut.headlines().getFirst().split(" ")).hasSize(20);
        assertThat(cut.text()).isEqualTo("Awal. ekor");
    }

    @Test
    void aWholeTeaserLineIsLeftToTheLineRules() {
        var cut = InlineTeasers.cut("Baca juga: Banjir Rendam 1.200 Rumah di Bekasi, Pemkot Siapkan Rp 7,5 Miliar");
        assertThat(cut.headlines()).isEmpty();
    }

    @Test
    void aParagraphWithoutTeasersIsUntouched() {
        String p = "Warga membaca juga: koran pagi, lalu berangkat ke pasar.";
        assertThat(InlineTeasers.cut(p).text()).isEqualTo(p);
    }
}
