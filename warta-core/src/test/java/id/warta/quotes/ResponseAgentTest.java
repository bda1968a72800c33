package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A passive verb of answering ({@code Hal ini ditanggapi oleh X}, {@code tidak ditampik oleh X}, {@code dibantah X}):
 * its agent answered, and is the one a following {@code "...," tuturnya} points back to, not the subject of the
 * sentence before.
 */
class ResponseAgentTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void theAgentOfAnAnswerSpeaksNext() {
        List<Quote> quotes = direct("""
                BANDUNG - Kapten tim, Rudi Hartanto, memuji penyerang muda klub. "Dia pemain yang sangat penting bagi kami," kata Rudi. Namun, pelatih tim, Joko Santoso, dikabarkan akan menjual pemain itu. Joko juga telah melepas dua pemain senior musim lalu. Hal ini kemudian ditanggapi oleh Rudi. "Tidak perlu khawatir, kami punya banyak pemain muda yang bagus," tuturnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rudi Hartanto", "Rudi Hartanto");
    }

    @Test
    void theAgentOfADenialOrItsNegationSpeaksNext() {
        List<Quote> quotes = direct("""
                SURABAYA - Warga mengeluhkan jalan rusak di depan pasar. Kepala Dinas Pekerjaan Umum, Andi Wijaya, menyebut perbaikan dimulai bulan depan. Ketua DPRD, Bambang Sutrisno, menuding dinas lamban bekerja. Tudingan itu dibantah Andi. "Kami sudah mengajukan anggaran sejak awal tahun," ujarnya. Bambang lalu menanyakan besar anggarannya. Hal itu tidak ditampik oleh Andi. "Memang anggarannya belum turun," katanya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Andi Wijaya", "Andi Wijaya");
    }
}
