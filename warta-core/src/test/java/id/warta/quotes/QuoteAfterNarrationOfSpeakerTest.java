package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote with no cue, in the first person, a few sentences of narration after a quote whose speaker the narration
 * still tells of, goes on with that speaker's words.
 */
class QuoteAfterNarrationOfSpeakerTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aFirstPersonQuoteTwoSentencesOnIsTheSpeakersStill() {
        List<Quote> quotes = direct("""
                Gelandang muda Rudi Hartono mengaku sudah mengikuti Persikota sejak kecil."Memang benar saya selalu mendukung Persikota, apa pun hasilnya," terang Rudi kepada wartawan. Dua pemain yang masih melekat di ingatan Rudi adalah Bambang Sutejo dan Ismail Fauzi. Kenangan menonton para bintang itu ketika ia masih kecil tetap tersimpan di benaknya."Waktu kecil, saya menonton Persikota bersama ayah di tribune timur."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Rudi Hartono", "terang"), tuple("Rudi Hartono", null));
    }

    @Test
    void aQuoteNotInTheFirstPersonStaysUnknown() {
        List<Quote> quotes = direct("""
                Gelandang muda Rudi Hartono mengaku sudah mengikuti Persikota sejak kecil."Memang benar saya selalu mendukung Persikota, apa pun hasilnya," terang Rudi kepada wartawan. Dua pemain yang masih melekat di ingatan Rudi adalah Bambang Sutejo dan Ismail Fauzi. Kenangan menonton para bintang itu ketika ia masih kecil tetap tersimpan di benaknya."Persikota selalu di hati warga kota sampai kapan pun juga."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rudi Hartono", null);
    }
}
