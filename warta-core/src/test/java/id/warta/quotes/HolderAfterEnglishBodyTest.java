package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kata ilmuwan dari Pacific Institute for Climate Studies, Daniel Swainson}: a body's English name runs through
 * its lower-case joins ({@code for}, {@code of}, {@code and}) to the comma that brings its titled one's name, with
 * {@code dari} before it or not ({@code kata sejarawan University of Leeds, Budi Santoso}); and
 * {@code kata peneliti dari Lembaga X (LX) Budi Santoso}: a person's name right after the body's short form in
 * brackets is the titled one's. The person speaks, not the body.
 */
class HolderAfterEnglishBodyTest {

    private static List<String> speakers(String body) {
        return QuotesTest.direct(body).stream().map(q -> q.speaker().name()).toList();
    }

    @Test
    void theNameAfterAnEnglishBodyWithJoinsSpeaks() {
        assertThat(speakers("""
                JAKARTA - Suhu bumi terus naik. "Cuaca akan makin panas tahun depan," kata ilmuwan iklim dari Pacific Institute for Climate Studies, Daniel Swainson.

                "Semua pihak harus bekerja sama," kata pengamat ekonomi politik dari Center of Budget Studies, Ucok Sumanto di Jakarta.
                """)).containsExactly("Daniel Swainson", "Ucok Sumanto");
    }

    @Test
    void theNameAfterAnEnglishBodyWithNoDariSpeaks() {
        // "kata sejarawan University of X, Budi": the body's English name after the role word, joined by "of"/"for",
        // is one body's name, named whole; the name after its comma speaks, not the body's first words
        assertThat(speakers("""
                JAKARTA - Harga beras naik lagi. "Pasokan dari daerah masih terganggu," kata sejarawan University of Leeds, Budi Santoso dikutip dari sebuah majalah.

                "Pemerintah harus menambah cadangan," ujar peneliti Institute for Food Studies, Rina Marlina, dalam diskusi daring.
                """)).containsExactly("Budi Santoso", "Rina Marlina");
    }

    @Test
    void theNameAfterABodysShortFormInBracketsSpeaks() {
        assertThat(speakers("""
                JAKARTA - Harga beras naik lagi. "Kami terus memantau," kata peneliti dari Lembaga Riset Pangan (LRP) Budi Santoso kepada wartawan.

                "Rupiah belum kembali ke titik wajar," kata ekonom dari Institute for Economic Reform (IER) Bima Adhinegara saat dihubungi.
                """)).containsExactly("Budi Santoso", "Bima Adhinegara");
    }

    @Test
    void aBodyWithItsShortFormAndNoNameAfterItStaysTheTitle() {
        List<Quote> quotes = QuotesTest.direct("""
                JAKARTA - Pasar saham melemah. "Pasar sedang lesu," ujar analis dari Bank Central Asia (BCA) Sekuritas saat dihubungi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("analis");
    }
}
