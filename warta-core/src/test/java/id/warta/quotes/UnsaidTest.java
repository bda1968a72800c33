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
}
