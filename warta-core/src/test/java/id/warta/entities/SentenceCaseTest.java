package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.language.Tokenizer;
import org.junit.jupiter.api.Test;

/** When a sentence's letter case tells names from other words; sentences written for this test. */
class SentenceCaseTest {
    private static boolean trusted(String sentence) {
        return Sentence.caseTrusted(Tokenizer.tokenize(sentence));
    }

    @Test
    void aHeadlineInTitleCaseKeepsOnlyFunctionWordsInLowerCase() {
        assertThat(trusted("Bupati Garut Tinjau Banjir di Tanjungsari, Warga Mengungsi karena Tanggul Jebol")).isFalse();
        assertThat(trusted("Harga Cabai Naik Jelang Lebaran, Pedagang Pasar Kosambi Minta Operasi Pasar ke Pemkot")).isFalse();
        assertThat(trusted("BUPATI GARUT TINJAU BANJIR")).isFalse();
        assertThat(trusted("warga garut mengungsi ke balai desa")).isFalse();
    }

    @Test
    void aSentenceListingOfficialsIsInSentenceCaseWhenAnyOtherWordIsInLowerCase() {
        assertThat(trusted("Rapat dihadiri Menteri Dalam Negeri Rudi Hartawan, Menteri Sosial Asep Sumarna, "
                + "Kepala BNPB Dewi Lestari, dan Gubernur Jawa Barat Bambang Suryadi.")).isTrue();
        assertThat(trusted("Tim Garut: 1. Rudi Hartawan 2. Asep Sumarna 3. Dewi Lestari, berlaga di Bandung.")).isTrue();
        assertThat(trusted("Bupati Garut meninjau banjir di Desa Tanjungsari.")).isTrue();
    }
}
