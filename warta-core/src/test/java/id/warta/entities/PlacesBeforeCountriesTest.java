package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented travel news: a country after a place's name goes only when what is left is a town's name. */
class PlacesBeforeCountriesTest {
    @Test
    void aTownBeforeItsCountryIsTheTown() {
        List<String> named = EntitiesRead.named("Rombongan jemaah tiba di Madinah Arab Saudi pada Senin, kata Hasan Basri.");
        assertThat(named).contains("Madinah/PLACE").noneMatch(n -> n.startsWith("Madinah Arab/"));
    }

    @Test
    void aNameClosingWithACountryKeepsIt() {
        List<String> named = EntitiesRead.named("Pameran kain tenun digelar di Plaza Indonesia hingga Minggu, kata Rina Wati.");
        assertThat(named).contains("Plaza Indonesia/PLACE").doesNotContain("Plaza/PLACE");
    }
}
