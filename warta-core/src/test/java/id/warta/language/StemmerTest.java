package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Behaviour of the stemmer; its accuracy against Lucene's is measured in warta-index (StemmerTableTest). */
class StemmerTest {
    private final Stemmer stemmer = Stemmer.indonesian();

    @Test
    void bringsAWordFamilyToOneRoot() {
        assertThat(Stream.of("menulis", "ditulis", "penulis", "tulisan", "tulisannya", "tertulis")
                .map(stemmer::stem)).containsOnly("tulis");
    }

    @Test
    void undoesNasalAssimilation() {
        assertThat(stemmer.stem("memukul")).isEqualTo("pukul");
        assertThat(stemmer.stem("mengirim")).isEqualTo("kirim");
        assertThat(stemmer.stem("menyapu")).isEqualTo("sapu");
        assertThat(stemmer.stem("memakan")).isEqualTo("makan");
        assertThat(stemmer.stem("memakai")).isEqualTo("pakai");
    }

    @Test
    void removesConfixesAndStackedPrefixes() {
        assertThat(stemmer.stem("keadilan")).isEqualTo("adil");
        assertThat(stemmer.stem("memperbaiki")).isEqualTo("baik");
        assertThat(stemmer.stem("pemberdayaan")).isEqualTo("daya");
        assertThat(stemmer.stem("diberlakukan")).isEqualTo("laku");
    }

    @Test
    void keepsRootsThatLookAffixed() {
        assertThat(Stream.of("berita", "masalah", "sekolah", "menteri", "pemilu", "tanya", "hanya")
                .map(stemmer::stem)).containsExactly("berita", "masalah", "sekolah", "menteri", "pemilu", "tanya",
                "hanya");
    }

    @Test
    void stemsReduplicationToItsRoot() {
        assertThat(stemmer.stem("negara-negara")).isEqualTo("negara");
        assertThat(stemmer.stem("anak-anaknya")).isEqualTo("anak");
        assertThat(stemmer.stem("tembak-menembak")).isEqualTo("tembak");
        assertThat(stemmer.stem("e-ktp")).isEqualTo("e-ktp");
    }

    @Test
    void leavesWhatIsNoLowercaseWordAlone() {
        assertThat(stemmer.stem("1.549")).isEqualTo("1.549");
        assertThat(stemmer.stem("Jakarta")).isEqualTo("Jakarta");
        assertThat(stemmer.stem("di")).isEqualTo("di");
        assertThat(stemmer.stem("")).isEmpty();
    }
}
