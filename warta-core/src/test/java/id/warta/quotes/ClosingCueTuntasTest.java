package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code "...," tuntas Budi}: news closes a speaker's last quote with {@code tuntas} ("finished") as it does with
 * {@code pungkas} and {@code tandas}; it is the quote's cue and the name after it its speaker.
 */
class ClosingCueTuntasTest {

    @Test
    void tuntasAfterAQuoteIsItsCue() {
        List<Quote> quotes = QuotesTest.direct("""
                Harga gabah di tingkat petani naik dua pekan terakhir, kata Kepala Dinas Pertanian Kabupaten Sukamaju Hendra Wiratama.

                "Kami akan terus memantau pasokan di setiap penggilingan sampai akhir bulan," tuntas Hendra.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hendra Wiratama", "tuntas"));
    }

    @Test
    void tuntasnyaPointsBackToTheOneSpeaking() {
        List<Quote> quotes = QuotesTest.direct("""
                Ketua koperasi nelayan Sari Laut, Made Suarta, mengatakan hasil tangkapan menurun sejak bulan lalu.

                "Kalau cuaca membaik, kami bisa melaut lagi minggu depan," tuntasnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Made Suarta", "tuntasnya"));
    }

    @Test
    void tuntasInNarrationIsOnlyTheWordForThorough() {
        List<Quote> quotes = new id.warta.pipeline.Pipeline().analyze(QuotesTest.doc("""
                Pengamat hukum Rina Kusuma meminta polisi mengusut secara tuntas kasus pencurian mobil dinas Kepala Desa Hartono yang hilang pada pekan lalu.
                """)).quotes();
        assertThat(quotes).extracting(q -> q.speaker().name()).doesNotContain("Hartono");
    }
}
