package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long office after the cue, its bodies' short forms in brackets ({@code Direktur ... (WNI) dan ... (Kemlu) RI,
 * Budi}): the brackets add no words to the title, which still reaches its holder's name after the comma.
 */
class LongOfficeShortFormsTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void theHolderAfterATitleWithTwoBracketedShortFormsSpeaks() {
        List<Quote> quotes = direct("""
                JAKARTA - Pemerintah memulangkan tiga nelayan yang ditahan di negeri tetangga.

                "Semua nelayan sudah pulang ke rumah masing-masing dengan selamat," kata Direktur Perlindungan Warga Negara Indonesia (WNI) dan Badan Hukum Indonesia Kementerian Luar Negeri (Kemlu) RI, Budi Hartono, kepada wartawan, Senin (9/6/2025).

                "Lahan telantar di pinggir kota akan kami ambil alih bulan depan," kata Direktur Jenderal Pengendalian Pemanfaatan Ruang dan Penguasaan Tanah (PPRPT) Kementerian Agraria dan Tata Ruang (ATR) RI, Sari Lestari, kepada wartawan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Hartono", "Sari Lestari");
    }
}
