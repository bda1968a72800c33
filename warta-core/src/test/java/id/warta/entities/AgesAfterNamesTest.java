package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sentences; the tagger's reading is given as found names. */
class AgesAfterNamesTest {
    private static List<Found> retyped(String text, String name) {
        int at = text.indexOf(name);
        List<Found> found = new ArrayList<>(List.of(new Found(at, at + name.length(), EntityType.ORGANIZATION, "model")));
        AgesAfterNames.retype(text, found, EntityLexicon.INSTANCE);
        return found;
    }

    @Test
    void aNameWithAnAgeAndADescriptionAfterItIsAPersons() {
        assertThat(retyped("Hadiah itu diberikan kepada Sinta Ayu Lestari (11), siswi kelas lima di desa itu.", "Sinta Ayu Lestari"))
                .extracting(Found::type).containsExactly(EntityType.PERSON);
    }

    @Test
    void pointsInAStandingsListKeepTheTeam() {
        assertThat(retyped("Garuda Muda (7), disusul Elang Putra di tempat kedua.", "Garuda Muda"))
                .extracting(Found::type).containsExactly(EntityType.ORGANIZATION);
        assertThat(retyped("Hasil terbaik diraih Sinar Jaya FC (9), dan tim lain tertinggal.", "Sinar Jaya FC"))
                .extracting(Found::type).containsExactly(EntityType.ORGANIZATION);
    }
}
