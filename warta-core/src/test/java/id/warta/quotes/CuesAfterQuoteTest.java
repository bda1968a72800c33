package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words that cue a quote only right after its closing mark: greetings, and slips of common cues. */
class CuesAfterQuoteTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aSlipOfKataRightAfterTheClosingMarkStillCuesTheNameAfterIt() {
        List<Quote> quotes = direct("""
                Tim bulu tangkis putri berlatih keras menjelang Piala Uber. "Kami fokus memperbaiki pertahanan dulu," kara Indra Wijaya saat ditemui di pelatnas, Selasa (26/5/2026). Latihan berlangsung hingga sore.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Indra Wijaya", "kara"));
    }

    @Test
    void aGreetingRightAfterTheClosingMarkCuesTheNameAfterIt() {
        List<Quote> quotes = direct("""
                Tim relawan literasi tiba di sekolah itu pukul sembilan pagi. "Mari masuk, Pak," sambut Kepala Sekolah Maria Londa sambil membuka pintu. "Anak-anak sudah menunggu," tambahnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Maria Londa", "Maria Londa");
    }

    @Test
    void aGreetingWordInsideTheNarrationCuesNothing() {
        List<Quote> quotes = direct("""
                Warga menggelar acara sambut tamu di balai desa. Kepala desa Rudi Hartono hadir. "Kami senang desa ini ramai," kata Rudi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Rudi Hartono", "kata"));
    }
}
