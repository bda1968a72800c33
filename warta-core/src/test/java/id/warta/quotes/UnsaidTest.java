package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of saying negated ({@code tidak menjelaskan}, {@code belum mau menyebutkan}, {@code enggan membeberkan}):
 * what follows it is what was not said, no speech reported; the same verb unnegated still reports.
 */
class UnsaidTest {

    private static List<Quote> indirect(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    @Test
    void aNegatedVerbOfSayingReportsNothing() {
        List<Quote> quotes = indirect("""
                MEDAN - Polisi menangkap dua orang yang diduga mencuri sepeda motor di pasar kota. Kapolsek Medan Barat, Rudi Hartanto, menjelaskan kedua pelaku ditangkap di rumah kontrakan mereka. Namun, Rudi tidak menjelaskan dari mana para pelaku mendapat kunci palsu itu. Ia juga belum mau menyebutkan nama penadah sepeda motor curian tersebut. Rudi enggan membeberkan jumlah motor yang sudah dijual para pelaku.
                """);
        assertThat(quotes).extracting(Quote::text).containsExactly("kedua pelaku ditangkap di rumah kontrakan mereka");
    }

    @Test
    void aVerbOfSayingAfterAModalReportsNothing() {
        List<Quote> quotes = indirect("""
                JAKARTA - Aplikasi pesan baru itu kini bisa diunduh gratis. Pengguna bisa menambahkan teks di setiap foto yang dikirim. Dengan fitur ini, dokter dapat menilai keluhan pasien dari jauh. Investor wajib menyampaikan laporan kepada otoritas setiap bulan. Direktur utama perusahaan, Hendra Wijaya, mengatakan aplikasi itu sudah diunduh sejuta kali.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wijaya");
    }

    @Test
    void oneWhoCouldNotSayIsStillTheOneTalkedAbout() {
        List<Quote> quotes = new Pipeline().analyze(QuotesTest.doc("""
                JAKARTA - Presiden Joko Widodo dikabarkan akan menemui keluarga korban. Menteri Koordinator Budi Santoso belum bisa memastikan apakah Presiden akan menemui mereka. "Belum, belum terpikir ke sana," ujarnya.
                """)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Santoso");
    }

    @Test
    void wordsOneCouldSayAreNoQuoteOfTheOneWhoCould() {
        List<Quote> quotes = QuotesTest.direct("""
                JAKARTA - Aplikasi kencan itu memberi contoh cara membuka obrolan. Contohnya, pengguna bisa berkata, "Saya punya kabar baik untuk Anda hari ini", sambil menunjukkan foto.
                """);
        assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name()).doesNotContain("pengguna bisa");
    }
}
