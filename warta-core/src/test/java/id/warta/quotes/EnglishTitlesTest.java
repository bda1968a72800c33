package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English job titles before a holder's name ({@code Managing Director X di Indonesia Budi}) are titles, as Indonesian ones are. */
class EnglishTitlesTest {

    private static List<Quote> quotes(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes();
    }

    @Test
    void aManagingDirectorOfABodyInACountryIsTheNameAfterIt() {
        List<Quote> quotes = quotes("""
                JAKARTA - Presiden Joko Widodo menemui perwakilan Citi Group di Istana Negara pada Rabu (2/5). Managing Director Citi Group di Indonesia Hendra Kusuma mengatakan, diskusi dengan Presiden berlangsung baik. "Kita diskusi banyak sekali, termasuk soal birokrasi," ungkapnya di kompleks Istana Kepresidenan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Kusuma", "Hendra Kusuma");
    }

    @Test
    void aSeniorCountryOfficerIsATitleToo() {
        List<Quote> quotes = quotes("""
                JAKARTA - Presiden Joko Widodo menemui perwakilan Citi Group di Istana Negara pada Rabu (2/5). Senior Country Officer Citi Group di Indonesia Hendra Kusuma mengatakan, diskusi dengan Presiden berlangsung baik. "Kita diskusi banyak sekali, termasuk soal birokrasi," ungkapnya di kompleks Istana Kepresidenan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Kusuma", "Hendra Kusuma");
    }
}
