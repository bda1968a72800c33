package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A description headed by a word for a group ({@code Tim peneliti yang ...}, {@code tim tersebut}, {@code kesimpulan
 * tim tersebut}, {@code kelompok relawan Nepal}): the group speaks, never one holder of the role inside it nor the
 * person the text was about before.
 */
class CollectiveSpeakersTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aTeamPointedBackToIsTheTeamDescribedBeforeNotTheResearcherQuotedBefore() {
        List<Quote> quotes = direct("""
                JAKARTA - Peneliti BRIN, Budi Santoso, menjelaskan bahwa gempa itu dipicu sesar aktif.

                "Sesar ini sudah lama kami pantau di wilayah selatan," kata Budi.

                Tim peneliti yang memakai data satelit menyimpulkan bahwa pergeseran tanah terjadi sangat cepat.

                "Pergeseran tanah di wilayah ini jauh lebih cepat dari perkiraan awal," tambah tim tersebut.

                "Data lanjutan akan membantu menjelaskan penyebabnya," ungkap kesimpulan tim tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Budi Santoso", "kata"),
                tuple("Tim peneliti yang memakai data satelit", "tambah"),
                tuple("Tim peneliti yang memakai data satelit", "ungkap"));
    }

    @Test
    void aGroupDescribedByItsCountryIsTheGroupNotTheCountry() {
        List<Quote> quotes = direct("""
                KATHMANDU - Empat pendaki terjebak longsor salju di lereng gunung selama tiga hari. "Kami sudah menemukan tiga pendaki dalam keadaan selamat," kata kelompok relawan penyelamat Nepal dalam unggahan media sosial.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("kelompok relawan penyelamat Nepal");
    }
}
