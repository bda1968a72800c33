package id.warta.quotes;

import static id.warta.quotes.QuotesTest.indirectSpeakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code Siti di Tabanan, Kamis (30/10/2025), menegaskan}: the capitalised words after {@code di} say where the
 * speaker is, whether the place is a known one or not; the name before them speaks, not the place.
 */
class WhereOneSpeaksTest {

    @Test
    void aNameBeforeAnUnknownPlaceAndABracketedDateSpeaks() {
        assertThat(indirectSpeakers("""
                Sulastri Handayani di Karangjati, Kamis (30/10/2025), menegaskan bahwa semua petani harus mendaftar lebih dulu.
                """)).containsExactly("Sulastri Handayani");
    }

    @Test
    void aTitledNameBeforeAnUnknownPlaceAndAShortDateSpeaks() {
        assertThat(indirectSpeakers("""
                Kepala Dinas Pertanian Darmono Wiryo di Karangjati, Rabu (29/10), menekankan bahwa pasokan pupuk akan ditambah.
                """)).containsExactly("Darmono Wiryo");
    }

    @Test
    void aNameBeforeAChainOfPlacesSpeaks() {
        assertThat(indirectSpeakers("""
                Kepala desa Darmono Wiryo di Desa Karangjati, Kecamatan Sumberlor, Kabupaten Kediri, mengatakan warga sudah menerima bantuan beras.
                """)).containsExactly("Darmono Wiryo");
    }

    @Test
    void aNameSetOffAfterAPlaceStillSpeaks() {
        assertThat(indirectSpeakers("""
                Pedagang beras di Pasar Karangjati, Sulastri Handayani, mengatakan harga beras naik sejak pekan lalu.
                """)).containsExactly("Sulastri Handayani");
    }

    @Test
    void aPersonNamedAfterABodyAfterDiSpeaks() {
        assertThat(indirectSpeakers("""
                Ekonom Senior di Sinar Analytics Darmono Wiryo menyebutkan jika ekspor akan melemah tahun depan.
                """)).containsExactly("Darmono Wiryo");
    }
}
