package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies named by their first word, read as people; sentences written for this test. */
class ShortBodyNamesTest {
    private static final ShortBodyNames SHORT = new ShortBodyNames(Places.shipped());

    private static Found at(String text, String name, int from, EntityType type) {
        int start = text.indexOf(name, from);
        return new Found(start, start + name.length(), type, "model");
    }

    private static List<EntityType> typesAfter(String text, List<Found> found) {
        SHORT.retype(text, found);
        return found.stream().map(Found::type).toList();
    }

    @Test
    void aPersonsWordOpeningABodyNamedWithItsTailOrCountryIsThatBody() {
        String text = "Laba Sentosagro Indonesia naik. Sentosagro juga membuka pabrik. Kartika Group dan Kartika tumbuh.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Sentosagro Indonesia", 0, EntityType.ORGANIZATION),
                at(text, "Sentosagro", text.indexOf("Sentosagro juga"), EntityType.PERSON), at(text, "Kartika Group", 0, EntityType.ORGANIZATION),
                at(text, "Kartika", text.indexOf("Kartika tumbuh"), EntityType.PERSON)));
        assertThat(typesAfter(text, found)).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonNamedInFullOrABodyWithoutATailOrAPlaceStaysAsRead() {
        String text = "Rudi Hartawan memimpin Rudi Hartawan Institut. Kata Rudi, Sinta Maharani Dewi dan Sinta hadir. "
                + "Warga Sungai Pusur dan Pusur Group menolak; Pusur tenang.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Rudi Hartawan", 0, EntityType.PERSON),
                at(text, "Rudi Hartawan Institut", 0, EntityType.ORGANIZATION), at(text, "Rudi", text.indexOf("Kata Rudi"), EntityType.PERSON),
                at(text, "Sinta Maharani Dewi", 0, EntityType.ORGANIZATION), at(text, "Sinta", text.indexOf("Sinta hadir"), EntityType.PERSON),
                at(text, "Pusur Group", 0, EntityType.ORGANIZATION), at(text, "Pusur", text.indexOf("Pusur tenang"), EntityType.PLACE)));
        assertThat(typesAfter(text, found)).containsExactly(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PERSON,
                EntityType.ORGANIZATION, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);
    }

    @Test
    void aCompanysLegalFormBeforeItsNameDoesNotHideItsShortName() {
        String text = "PT Sentosagro Karya (Persero) Tbk memulai uji coba. Sentosagro menargetkan proyek rampung.";
        List<Found> found = new ArrayList<>(List.of(at(text, "PT Sentosagro Karya (Persero) Tbk", 0, EntityType.ORGANIZATION),
                at(text, "Sentosagro", text.indexOf("Sentosagro menargetkan"), EntityType.PERSON)));
        assertThat(typesAfter(text, found)).containsOnly(EntityType.ORGANIZATION);
    }
}
