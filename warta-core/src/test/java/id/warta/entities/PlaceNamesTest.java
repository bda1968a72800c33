package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import org.junit.jupiter.api.Test;

/** How a place is named as written: a country after it goes, a head word keeps its name. */
class PlaceNamesTest {
    private static final PlaceNames NAMES = new PlaceNames(Places.shipped());

    @Test
    void aCountryAfterATownGoes() {
        assertThat(NAMES.asWritten("Madinah Arab Saudi")).isEqualTo("Madinah");
        assertThat(NAMES.asWritten("Wilayah Kursk Rusia")).isEqualTo("Kursk");
    }

    @Test
    void aHeadWordBeforeACountryKeepsItThoughATownBearsTheHeadsName() {
        assertThat(NAMES.asWritten("Selat Taiwan")).isEqualTo("Selat Taiwan");
        assertThat(NAMES.asWritten("Selat Inggris")).isEqualTo("Selat Inggris");
    }
}
