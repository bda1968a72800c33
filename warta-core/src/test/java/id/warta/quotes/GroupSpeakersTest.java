package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code "...," kata mereka} after the narration listed people ({@code Budi dan Ani}, {@code anak Wirawan, Sari, Dodi,
 * dan Tono}): the group speaks, given its first named member (gold-dev's {@code tulis Syed dan koleganya} is Syed's),
 * not the last single person named; {@code catat mereka} cues as {@code tulis mereka} does.
 */
class GroupSpeakersTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    private static String speakerOf(List<Quote> quotes, String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow().speaker().name();
    }

    @Test
    void aListOfTwoSpeaksThroughItsFirstMember() {
        List<Quote> quotes = direct("""
                BANDUNG - Dua pemuda ditangkap polisi setelah ikut tawuran di Jalan Merdeka, Sabtu malam.

                "Kami hanya ikut-ikutan teman, tidak tahu kalau bakal ribut," kata Kapolsek Sumur Bandung, Hendra Wijaya.

                Sutrisno Hadi dan Bagus Prakoso kemudian mengaku menyesal telah ikut dalam tawuran itu.

                "Kami berjanji tidak akan mengulangi perbuatan itu lagi," kata mereka.
                """);
        assertThat(speakerOf(quotes, "Kami berjanji")).isEqualTo("Sutrisno Hadi");
    }

    @Test
    void aSerialListAfterWhoseChildrenTheyAreStartsWithTheFirstChild() {
        List<Quote> quotes = direct("""
                SURABAYA - Pelukis senior Darmawan Wirasena meninggal dunia pada usia 81 tahun di rumahnya.

                Kabar duka itu disampaikan oleh anak Wirasena, Ratih, Bimo, dan Sekar pada Senin pagi.

                "Ayah kami pergi dengan tenang dikelilingi keluarga dan murid-muridnya," ungkap mereka.

                Ia juga memberi kabar, "Kami minta doa dari semua sahabat ayah," catat mereka.
                """);
        assertThat(speakerOf(quotes, "Ayah kami")).isEqualTo("Ratih");
    }

    @Test
    void catatCuesAfterAQuote() {
        List<Quote> quotes = direct("""
                JAKARTA - Pasangan pengusaha Andreas dan Melati Gunawan membuka usaha jasa kebersihan rumah sejak 2019.

                "Wadah kaca memang kuat, tetapi mudah tergores kalau dicuci dengan sabut kasar," catat mereka.
                """);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.getFirst().cue()).isEqualTo("catat");
        assertThat(quotes.getFirst().speaker().name()).startsWith("Andreas");
    }

    @Test
    void aGivenNameOpeningTheSentenceBeforeDanStartsTheList() {
        List<Quote> quotes = direct("""
                HOUSTON - Wadah plastik makin jarang dipakai untuk menyimpan makanan di rumah tangga.

                Rodrigo dan Melati Gunawan, pemilik jasa kebersihan di Houston, juga mengingatkan bahwa wadah kaca mudah retak.

                "Wadah kaca memang kuat, tetapi mudah tergores kalau dicuci dengan sabut kasar," catat mereka.
                """);
        assertThat(speakerOf(quotes, "Wadah kaca")).startsWith("Rodrigo");
    }
}
