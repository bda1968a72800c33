package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code hakim Pengadilan Negeri di Kendari, Sulawesi Tenggara, memutus ...}: a province after a town's comma is the
 * town's wider place, not a title holder's name; it does not act in the story, and a later {@code dia} points past it.
 */
class WiderPlaceAfterCommaTest {

    private static List<String> speakers(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().map(q -> q.speaker().name()).toList();
    }

    @Test
    void aProvinceAfterATownsCommaIsNoOneWhoActs() {
        assertThat(speakers("""
                Peneliti lembaga pemantau anggaran, Sinta Maharani, mengatakan kerugian negara tahun ini paling besar di sektor pengadaan. Namun, hakim pengadilan negeri di Kendari, Sulawesi Tenggara, membebaskan terdakwa kasus terbesar itu. Dia mengatakan, denda bagi pelaku juga masih rendah. "Denda yang dijatuhkan belum memberi efek jera bagi para pelaku," kata dia.
                """)).containsOnly("Sinta Maharani");
    }

    @Test
    void aNameAfterAResidentsPlaceStillSpeaks() {
        List<Quote> quotes = new Pipeline().analyze(QuotesTest.doc("""
                Salah seorang warga Sukamaju, Darsono, mengaku rumahnya terendam sejak pagi.
                """)).quotes();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Darsono");
    }
}
