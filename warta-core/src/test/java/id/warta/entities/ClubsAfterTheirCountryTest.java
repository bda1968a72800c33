package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented transfer news: a club's country written before the club's name is a place of its own. */
class ClubsAfterTheirCountryTest {
    private static final Places PLACES = Places.shipped();

    private static List<String> split(String text, String body) {
        int at = text.indexOf(body);
        List<Found> found = List.of(new Found(at, at + body.length(), EntityType.ORGANIZATION, "model"));
        return ClubsAfterTheirCountry.split(text, found, PLACES).stream().map(f -> f.textIn(text) + "/" + f.type()).toList();
    }

    @Test
    void theCountryBeforeAClubsNameIsAPlace() {
        assertThat(split("Gelandang itu pindah ke klub Turki Kartalspor FC musim lalu.", "Turki Kartalspor FC"))
                .containsExactly("Turki/PLACE", "Kartalspor FC/ORGANIZATION");
        assertThat(split("Ia memperkuat tim Korea Selatan Daejeon Citizen.", "Korea Selatan Daejeon Citizen"))
                .containsExactly("Korea Selatan/PLACE", "Daejeon Citizen/ORGANIZATION");
    }

    @Test
    void aCountrysNationalSideStaysWhole() {
        assertThat(split("Ia dipanggil tim Korea Selatan pekan lalu.", "Korea Selatan"))
                .containsExactly("Korea Selatan/ORGANIZATION");
    }
}
