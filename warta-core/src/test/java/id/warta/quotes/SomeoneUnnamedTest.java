package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Seorang warga ... menggambarkan perasaannya. "...," ujarnya}: a sentence opening on one person brought on
 * unnamed is who the quote's {@code -nya} means when no one named is in view; a person named nearby still is.
 */
class SomeoneUnnamedTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void nyaAfterASentenceOpeningOnSomeoneUnnamedIsThatOne() {
        List<Quote> quotes = direct("""
                MEDAN - Banjir merendam ratusan rumah di pinggir kota sejak Senin malam. Seorang pedagang sayur di pasar lama menggambarkan kepanikannya saat air masuk ke rumah. "Air naik sangat cepat, kami hanya sempat menyelamatkan dokumen dan anak-anak," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Seorang pedagang sayur");
    }

    @Test
    void aPronounThenPointsToThatOneToo() {
        List<Quote> quotes = direct("""
                Beban kerja berlebih kini banyak dikeluhkan pekerja muda. Seorang warganet di Reddit membagikan pengalamannya bekerja dari pagi hingga malam. Dalam unggahannya, ia menceritakan rutinitas yang membuatnya kehabisan tenaga. "Saya bekerja dari rumah lima hari seminggu dan selalu lelah setiap malam," tulisnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Seorang warganet");
    }

    @Test
    void aLaterOneBroughtOnUnnamedTakesOver() {
        List<Quote> quotes = direct("""
                Jalan di sekitar stadion macet sejak sore. Salah seorang petugas parkir di lokasi membenarkan bahwa banyak bus sewaan berhenti di bahu jalan. Salah seorang sopir taksi yang ditemui di lokasi mengungkapkan bahwa kemacetan sudah terjadi sejak siang. "Dari jam satu siang sudah padat, penumpang saya sampai turun di jalan," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Salah seorang sopir taksi");
    }

    @Test
    void aPersonNamedAndQuotedBeforeStaysTheSpeaker() {
        List<Quote> quotes = direct("""
                MEDAN - Kepala BPBD Kota Medan, Rudi Hartono, mengatakan banjir merendam ratusan rumah. "Kami sudah mengerahkan perahu karet ke tiga kelurahan," kata Rudi. Seorang pedagang sayur kemudian menunjukkan rumahnya yang terendam. "Evakuasi warga lanjut usia kami dahulukan sejak tadi malam," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rudi Hartono", "Rudi Hartono");
    }
}
