package id.warta.quotes;

import static id.warta.quotes.QuotesTest.direct;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code Yang perlu diperjelas adalah kalimat "yang membebani keuangan daerah,"}: words quoted after {@code kalimat}
 * (a sentence, a clause) are a wording talked about, as after {@code frasa} or {@code istilah}, not speech; after a
 * colon ({@code surat itu memuat kalimat: "..."}) they are the words written themselves.
 */
class QuotedWordingOfARuleTest {

    @Test
    void wordsQuotedAfterKalimatAreNoQuote() {
        assertThat(direct("""
                Kepala Inspektorat Daerah, Wahyu Pranoto, meminta peraturan itu direvisi. "Banyak pejabat takut mengambil keputusan," kata Wahyu. Salah satu yang perlu diperjelas adalah kalimat "yang membebani keuangan daerah,"
                """)).extracting(q -> q.text()).containsExactly("Banyak pejabat takut mengambil keputusan,");
    }

    @Test
    void wordsAfterKalimatAndAColonAreTheWordsWritten() {
        assertThat(direct("""
                Surat edaran itu dibagikan ke semua karyawan pagi tadi. Di bagian akhirnya tercantum kalimat: "Mulai pekan depan seluruh karyawan bekerja dari rumah."
                """)).extracting(q -> q.text()).containsExactly("Mulai pekan depan seluruh karyawan bekerja dari rumah.");
    }

    @Test
    void aTitleWordWithACapitalisedHeadingBeforeTheColonStaysATitle() {
        assertThat(direct("""
                Berita ini diralat dari Judul Awal: "Pabrik Semen Baru Dibuka di Tuban Tahun Depan" JAKARTA - Produksi semen nasional naik.
                """)).isEmpty();
    }
}
