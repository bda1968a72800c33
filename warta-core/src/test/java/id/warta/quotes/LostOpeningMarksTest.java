package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A closing mark whose opening one the page lost ({@code ... tidak besar." kata Tirta}): the quote starts where the
 * speech does, at its sentence's start, taking in sentences before it spoken in the first person, not the narration.
 */
class LostOpeningMarksTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void theLastSentenceBeforeTheCueIsTheQuote() {
        List<Quote> quotes = direct("""
                JAKARTA - Harga cabai rawit di pasar induk naik tajam dalam sepekan terakhir. Kepala Dinas Perdagangan, Wahyu Santosa bilang, pasokan dari sentra produksi berkurang karena hujan. Sebenarnya stok di gudang masih cukup untuk dua minggu ke depan." kata Wahyu kepada wartawan, Senin lalu. Ia meminta pedagang tidak menimbun cabai.
                """);
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("Sebenarnya stok di gudang masih cukup untuk dua minggu ke depan.");
        assertThat(quotes.getFirst().speaker().name()).isEqualTo("Wahyu Santosa");
    }

    @Test
    void sentencesInTheFirstPersonBeforeItBelongToTheQuote() {
        List<Quote> quotes = direct("""
                MAKASSAR - Kedai kopi milik Andi Rahman di Jalan Pettarani ramai dikunjungi mahasiswa. Kedai itu buka sejak pukul tujuh pagi. Kami memakai biji kopi dari petani Toraja. Makanya rasanya juga lain, " ujar Andi. Ia berencana membuka cabang kedua tahun depan.
                """);
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("Kami memakai biji kopi dari petani Toraja. Makanya rasanya juga lain,");
    }

    @Test
    void narrationReportingSpeechOrWordsRightAfterAnotherQuoteAreNoQuote() {
        List<Quote> quotes = direct("""
                SOLO - Banjir merendam puluhan rumah warga di tepi Bengawan Solo. "Air naik sejak pukul dua dini hari," kata Lurah Joyotakan, Sugeng Riyadi kepada wartawan bahwa warga sudah mengungsi sejak subuh, " ujarnya. Bupati Wahyu Hidayat mengaku telah mengirim perahu karet ke lokasi banjir, " terangnya.
                """);
        assertThat(quotes).extracting(Quote::text).containsExactly("Air naik sejak pukul dua dini hari,");
    }
}
