package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code "...," tulis manajemen lebih lanjut}: the adverb after the speaker's role is no part of the role. */
class RoleBeforeLebihLanjutTest {

    @Test
    void lebihLanjutAfterARoleEndsTheRole() {
        List<Quote> quotes = QuotesTest.direct("""
                Pengelola taman kota meminta maaf kepada pengunjung yang terluka akibat ayunan rusak, Senin (3/3/2026).

                "Kami menyesalkan kejadian ini dan akan memperbaiki seluruh wahana," tulis manajemen lebih lanjut.

                "Biaya perawatan korban kami tanggung sampai pulih," ujar direksi lebih lanjut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("manajemen", "direksi");
    }

    @Test
    void aSubjectBeforeLebihAndItsVerbOfSayingStillSpeaks() {
        List<Quote> quotes = QuotesTest.direct("""
                Hendra Wijaya lebih menekankan pentingnya perawatan wahana. "Kami cek setiap pekan," katanya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wijaya");
    }
}
