package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name between two places of a comma-separated address is a place; invented travel and sports news. */
class PlacesBetweenPlacesTest {
    @Test
    void aNameBetweenTwoPlacesIsAPlace() {
        String text = "Turnamen itu digelar di Stadion Pelita, Wadi Karim, Yordania, pekan depan. "
                + "Pelatih Rudi Hartono mengatakan timnya siap.";
        assertThat(named(text)).contains("Wadi Karim/PLACE", "Yordania/PLACE", "Rudi Hartono/PERSON")
                .doesNotContain("Wadi Karim/PERSON");
    }

    @Test
    void aListOfPeopleIsNoAddress() {
        String text = "Pelatih memanggil Budi Santoso, Agus Wibowo, Rudi Hartono, Bayu Pratama, dan Joko Susanto ke tim.";
        assertThat(named(text)).contains("Rudi Hartono/PERSON");
    }

    @Test
    void aPersonAfterAPlaceOnlyStaysAPerson() {
        String text = "Warga Bekasi, Rudi Hartono, mengatakan banjir datang sejak pagi.";
        assertThat(named(text)).contains("Rudi Hartono/PERSON");
    }
}
