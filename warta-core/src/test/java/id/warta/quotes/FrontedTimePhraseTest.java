package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short time phrase fronted without its comma ({@code Saat itu}, {@code Pada kesempatan itu}) before a title and a
 * name: the titled person is the sentence's subject and topic, the one a following {@code katanya} points to.
 */
class FrontedTimePhraseTest {

    private static List<Quote> analyzed(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes();
    }

    @Test
    void aTitledNameAfterSaatItuIsWhoTheNextQuoteBelongsTo() {
        List<Quote> quotes = analyzed("""
                JAKARTA - Peneliti menemukan racun ular bisa menjadi obat. "Temuan tersebut membuat senyawa ini menjadi kandidat obat baru," kata peneliti dalam laporannya. Sebelumnya, peneliti sudah meneliti racun ular tersebut sejak 2012. Saat itu ahli biologi Rina Kusuma dari universitas tersebut mengatakan racun ular itu sangat kaya dengan campuran protein. "Protein tersebut kami sebut racun dan kemudian kami menemukan beberapa jenis," katanya.
                """);
        assertThat(quotes.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList())
                .extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("peneliti", "kata"), tuple("Rina Kusuma", "katanya"));
    }

    @Test
    void aTitledNameAfterAFrontedTimePhraseReportsSpeech() {
        List<Quote> quotes = analyzed("""
                SURABAYA - Sidang lanjutan kasus korupsi dana desa digelar di Pengadilan Tipikor Surabaya. Saat itu jaksa penuntut umum Hendra Wijaya mengatakan terdakwa menerima uang dari kontraktor.
                """);
        assertThat(quotes.stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList())
                .extracting(q -> q.speaker().name()).containsExactly("Hendra Wijaya");
    }
}
