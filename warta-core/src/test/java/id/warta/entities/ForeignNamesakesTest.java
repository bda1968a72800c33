package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A listed Indonesian body's name before a foreign country's; sentences written for this test. */
class ForeignNamesakesTest {
    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    private static List<String> joined(String text, Found... found) {
        return ForeignNamesakes.join(text, List.of(found), Places.shipped()).stream().map(f -> f.textIn(text) + "/" + f.type()).toList();
    }

    @Test
    void aListedBodyBeforeAForeignCountryIsThatCountrysBody() {
        String text = "Kemenkes Peru dan Kemenkes memantau wabah itu.";
        assertThat(joined(text, at(text, "Kemenkes", EntityType.ORGANIZATION), at(text, "Peru", EntityType.PLACE),
                new Found(text.lastIndexOf("Kemenkes"), text.lastIndexOf("Kemenkes") + 8, EntityType.ORGANIZATION, "model")))
                .containsExactly("Kemenkes Peru/ORGANIZATION", "Kemenkes/ORGANIZATION");
    }

    @Test
    void theCountryTheTaggerMissedAfterTheBodyCountsToo() {
        String text = "Menurut Kemlu Korea Selatan, Kemenkes Peru, Chile dan WHO sudah bergerak.";
        assertThat(joined(text, at(text, "Kemlu", EntityType.ORGANIZATION), at(text, "Kemenkes", EntityType.ORGANIZATION),
                at(text, "Chile", EntityType.PLACE), at(text, "WHO", EntityType.ORGANIZATION)))
                .containsExactly("Kemlu Korea Selatan/ORGANIZATION", "Kemenkes Peru/ORGANIZATION", "Chile/PLACE", "WHO/ORGANIZATION");
    }

    @Test
    void itsOwnCountryAPlaceAfterACommaOrABodyOfOneNameStaysApart() {
        String text = "Kemenkes RI menyurati Kemlu, Peru juga. Kata kepresidenan UE Swedia, harga naik.";
        assertThat(joined(text, at(text, "Kemenkes", EntityType.ORGANIZATION), at(text, "RI", EntityType.PLACE),
                at(text, "Kemlu", EntityType.ORGANIZATION), at(text, "Peru", EntityType.PLACE), at(text, "UE", EntityType.ORGANIZATION),
                at(text, "Swedia", EntityType.PLACE)))
                .containsExactly("Kemenkes/ORGANIZATION", "RI/PLACE", "Kemlu/ORGANIZATION", "Peru/PLACE", "UE/ORGANIZATION", "Swedia/PLACE");
    }
}
