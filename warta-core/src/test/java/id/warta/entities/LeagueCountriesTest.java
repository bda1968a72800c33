package id.warta.entities;

import static id.warta.entities.EntitiesRead.mentions;
import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A country named by a league's name is a place; sentences written for this test. */
class LeagueCountriesTest {
    @Test
    void theCountryOfALeagueIsAPlace() {
        String text = "Pelatih muda itu kini menangani klub promosi di Liga Inggris. Sebelumnya ia melatih tim junior "
                + "yang berlaga di Liga Primer Inggris dan sempat ditawari kontrak di Liga Arab Saudi.";
        assertThat(named(text)).contains("Inggris/PLACE", "Arab Saudi/PLACE").doesNotContain("Liga Inggris/ORGANIZATION");
        assertThat(mentions(text, "Inggris")).containsExactly("Inggris", "Inggris");
    }

    @Test
    void aLeagueWithoutACountryNamesNoPlace() {
        assertThat(named("Klub itu naik ke Liga Champions setelah menang di Liga Dua, kata Rudi Santoso."))
                .noneMatch(n -> n.endsWith("/PLACE"));
    }
}
