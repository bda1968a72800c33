package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code "...," bunyi kitab Sarasamuccaya}: an old law book quoted speaks as a law does, named as written; a bare
 * {@code kitab tersebut} after it points back to it.
 */
class LawBooksTest {

    @Test
    void aLawBookNamedAfterItsWordSaysItsWordsAndIsPointedBackTo() {
        List<Quote> quotes = QuotesTest.direct("""
                Sejarawan Ratna Dewi meneliti hukum perkawinan di Jawa Kuna. Menurut dia, aturan itu tercatat rinci.

                "Pelamar yang ingkar janji wajib membayar denda kepada keluarga si gadis," bunyi kitab Sarasamuccaya.

                "Denda itu diserahkan kepada raja yang berkuasa di wilayah tersebut," lanjut kitab tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("kitab Sarasamuccaya", "kitab Sarasamuccaya");
    }

    @Test
    void aBareRuleWordPointingBackWithNoRuleNamedStaysUnknown() {
        List<Quote> quotes = QuotesTest.direct("""
                Liga menerbitkan aturan baru bagi klub peserta musim depan.

                "Setiap klub wajib memiliki akademi usia muda yang terdaftar resmi," bunyi aturan tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly((String) null);
    }
}
