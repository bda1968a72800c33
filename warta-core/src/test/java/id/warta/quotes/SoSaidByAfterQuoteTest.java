package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code "...", demikian dikatakan X}: after a quote, the word for "so" and a passive verb of saying name the agent
 * right after the verb; the agent says the quote, the passive verb is its cue, and an uncued quote right after goes on
 * in the same voice.
 */
class SoSaidByAfterQuoteTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void theAgentAfterDemikianDikatakanSaysTheQuoteAndTheOneAfter() {
        List<Quote> quotes = direct("""
                Target tim nasional sudah ditetapkan. "Kami harus lolos dari fase grup lebih dulu", demikian dikatakan Bambang Prasetyo, pelatih tim nasional, pekan lalu. "Setelah itu setiap laga adalah final bagi kami." Tim akan berangkat ke Doha bulan depan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Bambang Prasetyo", "dikatakan"), tuple("Bambang Prasetyo", null));
    }

    @Test
    void begituDisampaikanOlehARoleIsItsHolder() {
        List<Quote> quotes = direct("""
                SEMARANG - Kepala Dinas Pendidikan Jawa Tengah Sri Wahyuni meninjau sekolah yang rusak akibat banjir, Senin. Perbaikan ditargetkan selesai sebelum tahun ajaran baru. "Anak-anak tidak boleh terlalu lama belajar di tenda darurat," begitu disampaikan oleh Kepala Dinas Pendidikan Jawa Tengah di lokasi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Sri Wahyuni", "disampaikan"));
    }
}
