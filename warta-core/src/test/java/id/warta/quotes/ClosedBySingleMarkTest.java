package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote opened with a double mark and closed, by a slip, with a single one before its cue ({@code "...,' ujar X}):
 * it ends there, and the narration after it up to the next quote is no part of it.
 */
class ClosedBySingleMarkTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aSingleMarkAfterTheCommaClosesTheQuoteBeforeItsCue() {
        List<Quote> quotes = direct("""
                SEMARANG - Pasokan gula menjelang Lebaran dipastikan aman. "Stok di gudang kami cukup untuk tiga bulan ke depan,' ujar Budi Santoso. Kepala gudang Andi Wijaya mengatakan distribusi ke pasar berjalan lancar setiap hari. "Kami kirim ke semua kecamatan tanpa terkecuali," kata Andi.
                """);
        assertThat(quotes).extracting(Quote::text, q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Stok di gudang kami cukup untuk tiga bulan ke depan,", "Budi Santoso", "ujar"),
                tuple("Kami kirim ke semua kecamatan tanpa terkecuali,", "Andi Wijaya", "kata"));
    }

    @Test
    void aQuoteNestedInSingleMarksStaysInside() {
        List<Quote> quotes = direct("""
                SEMARANG - Pedagang mengeluhkan pasokan gula. "Setiap kali saya bertanya, jawabannya sama: 'Barang belum datang,' begitu terus selama dua minggu," kata Siti Rahma.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Siti Rahma", "kata"));
        assertThat(quotes.getFirst().text()).endsWith("selama dua minggu,");
    }
}
