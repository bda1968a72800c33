package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A place the tagger ended one word short of a longer region's name; sentences written for this test. */
class LongerRegionNamesTest {
    private static final LongerRegionNames WIDENING = new LongerRegionNames(Places.shipped());

    /** The tagger's place over each of {@code names}, taken in text order from {@code from} on. */
    private static List<Found> places(String text, String... names) {
        List<Found> found = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int start = text.indexOf(name, from);
            found.add(new Found(start, start + name.length(), EntityType.PLACE, "model"));
            from = start + name.length();
        }
        return found;
    }

    @Test
    void aPlaceGoingOnWithAWordThatMakesALongerRegionIsThatRegion() {
        String text = "Banjir melanda Kabupaten Maluku Barat Daya dan Papua Barat Daya, bukan Papua Barat. Tim tiba di Papua Barat Sabtu.";
        List<Found> found = places(text, "Kabupaten Maluku Barat", "Papua Barat", "Papua Barat", "Papua Barat");
        WIDENING.widen(text, found);
        assertThat(found).extracting(f -> f.textIn(text)).containsExactly(
                "Kabupaten Maluku Barat Daya", "Papua Barat Daya", "Papua Barat", "Papua Barat");
    }

    @Test
    void aWordHyphenedOnIsNoPartOfTheRegion() {
        String text = "Dekorasi Natal di Jakarta Pusat-pusat belanja di kota itu ramai.";
        List<Found> found = places(text, "Jakarta");
        WIDENING.widen(text, found);
        assertThat(found).extracting(f -> f.textIn(text)).containsExactly("Jakarta");
    }
}
