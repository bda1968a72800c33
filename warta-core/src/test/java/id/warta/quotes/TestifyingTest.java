package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bersaksi bahwa}, {@code bersabda}: to testify and (of a prophet) to speak are verbs of saying; the words quoted
 * after them, whole or in part, are the subject's.
 */
class TestifyingTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aPartialQuoteInsideTestimonyIsTheWitnesss() {
        List<Quote> quotes = direct("""
                Rina Kusuma menuduh Budi menciptakan kekacauan di perusahaan. Rina, yang keluar dari perusahaan pada 2024, bahkan bersaksi bahwa Budi memiliki pola "mengatakan satu hal kepada satu orang dan hal yang berlawanan kepada orang lain". Budi membantah tuduhan itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Rina Kusuma", "bersaksi"));
    }

    @Test
    void aPartialQuoteInsideTestimonyIsTheWitnesssPlain() {
        List<Quote> quotes = direct("""
                Rina Kusuma menuduh Budi menciptakan kekacauan di perusahaan. Rina bahkan bersaksi bahwa Budi memiliki pola "mengatakan satu hal kepada satu orang dan hal yang berlawanan kepada orang lain". Budi membantah tuduhan itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Rina Kusuma", "bersaksi"));
    }

    @Test
    void aProphetSpeakingBeforeAColonSaysTheQuote() {
        List<Quote> quotes = direct("""
                Orang-orang mengira gerhana terjadi karena kematian seseorang. Dalam konteks itulah Nabi Muhammad bersabda: "Matahari dan bulan adalah dua tanda kebesaran Allah."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Nabi Muhammad");
    }
}
