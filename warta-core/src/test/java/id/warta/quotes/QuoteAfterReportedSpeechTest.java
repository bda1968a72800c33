package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote with no cue of its own, right after narration reporting what one person said ({@code X mengatakan, ... .
 * "..."}), gives that person's words, though no quote of theirs came before.
 */
class QuoteAfterReportedSpeechTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aCuelessQuoteAfterAPersonsReportedSpeechIsTheirs() {
        List<Quote> quotes = direct("""
                SURABAYA - Kepala Dinas Perhubungan Surabaya Hendra Kusuma mengatakan, jalur sepeda akan diperluas tahun depan. "Kami tambah dua puluh kilometer lagi," katanya, Senin (2/3/2026).Ketua Komunitas Sepeda Kota, Arif Wicaksono mengatakan, pesepeda masih sering terganggu kendaraan yang parkir di jalur. Seharusnya petugas rutin menertibkan jalur itu."Jalurnya sudah ada, tapi isinya mobil parkir. Kami minta ada penertiban rutin."Pemerintah kota berjanji menindaklanjuti keluhan itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Hendra Kusuma", "katanya"), tuple("Arif Wicaksono", null));
    }

    @Test
    void aCuelessQuoteAfterSomeoneElseIsNamedStaysUnknown() {
        List<Quote> quotes = direct("""
                SURABAYA - Ketua Komunitas Sepeda Kota, Arif Wicaksono mengatakan, pesepeda masih sering terganggu kendaraan yang parkir di jalur. Petugas Dinas Perhubungan, Hendra Kusuma, pekan lalu turun ke lapangan."Jalurnya sudah ada, tapi isinya mobil parkir. Kami minta ada penertiban rutin."Pemerintah kota berjanji menindaklanjuti keluhan itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly((String) null);
    }
}
