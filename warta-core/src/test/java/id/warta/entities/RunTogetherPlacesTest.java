package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.language.Tokenizer;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places written one after another without a comma; sentences written for this test. */
class RunTogetherPlacesTest {
    private static final RunTogetherPlaces RUN_TOGETHER = new RunTogetherPlaces(Places.shipped());

    /** What {@link RunTogetherPlaces#split} makes of {@code place} in {@code text}, found as one place. */
    private static List<String> split(String text, String place) {
        List<Sentence> sentences = Entities.sentences(text, Tokenizer.tokenize(text));
        int at = text.indexOf(place);
        List<Found> found = new ArrayList<>(List.of(new Found(at, at + place.length(), EntityType.PLACE, "model")));
        RUN_TOGETHER.split(sentences, found);
        return found.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void townsWrittenOneAfterAnotherAreEachAPlace() {
        assertThat(split("Panitia mempromosikan Pekan Olahraga 2030 Surabaya Malang kepada warga di sana.", "Surabaya Malang"))
                .containsExactly("Surabaya", "Malang");
        assertThat(split("Kapal itu berlayar dari Ambon menuju Sorong Papua Barat Daya pada pekan lalu.", "Sorong Papua Barat Daya"))
                .containsExactly("Sorong", "Papua Barat Daya");
        assertThat(split("Petani di Kabupaten Purbalingga Jawa Tengah memulai panen raya.", "Kabupaten Purbalingga Jawa Tengah"))
                .containsExactly("Kabupaten Purbalingga", "Jawa Tengah");
    }

    @Test
    void aRegionsShortFormAfterAPlaceIsAPlaceOfItsOwnEvenInAHeadline() {
        assertThat(split("Truk Terguling di Koja Jakut, Sopir Luka", "Koja Jakut")).containsExactly("Koja", "Jakut");
        assertThat(split("Pohon tumbang menutup Jalan Warung Buncit Jaksel pada sore itu.", "Jalan Warung Buncit Jaksel"))
                .containsExactly("Jalan Warung Buncit", "Jaksel");
        assertThat(split("Pameran itu digelar di Museum Kalbar hingga akhir bulan.", "Museum Kalbar")).containsExactly("Museum Kalbar");
        assertThat(split("Massa berkumpul di depan Kantor Gubernur Kalteng sejak pagi.", "Kantor Gubernur Kalteng"))
                .containsExactly("Kantor Gubernur Kalteng");
        assertThat(split("Rapat digelar di Gedung DPR RI pada Senin.", "Gedung DPR RI")).containsExactly("Gedung DPR RI");
        assertThat(split("Warga Kota Solo memadati alun-alun.", "Kota Solo")).containsExactly("Kota Solo");
    }

    @Test
    void aPlaceOfSeveralWordsTwoCountriesOrAPlaceInAHeadlinesCapitalsStayWhole() {
        assertThat(split("Warga Banda Aceh memadati masjid raya pada malam itu.", "Banda Aceh")).containsExactly("Banda Aceh");
        assertThat(split("Warga Jakarta Selatan memadati jalan pada malam itu.", "Jakarta Selatan")).containsExactly("Jakarta Selatan");
        assertThat(split("Roket itu diluncurkan dari Kourou, Guyana Perancis, pada pagi hari.", "Guyana Perancis"))
                .containsExactly("Guyana Perancis");
        assertThat(split("Pasukan Israel Serang Gaza Lagi Saat Warga Rayakan Natal", "Serang Gaza")).containsExactly("Serang Gaza");
    }
}
