package id.warta.entities;

import static id.warta.entities.EntitiesRead.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Buildings named with their kind last, and clubs named short; sentences written for this test. */
class VenueTailsTest {
    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    @Test
    void aPersonsNameGoingOnWithABuildingsKindIsTheBuilding() {
        String text = "Rapat digelar di Nirwana Sentosa Hotel & Residence Malang. Manajer Bumi Ayu Tower, Rina Sari, hadir.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Nirwana Sentosa", EntityType.PERSON),
                at(text, "Malang", EntityType.PLACE), at(text, "Bumi Ayu", EntityType.PLACE),
                at(text, "Rina Sari", EntityType.PERSON)));
        VenueTails.widen(text, found);
        assertThat(found).extracting(f -> f.textIn(text) + "/" + f.type()).containsExactly(
                "Nirwana Sentosa Hotel & Residence/PLACE", "Malang/PLACE", "Bumi Ayu Tower/PLACE", "Rina Sari/PERSON");
    }

    @Test
    void aPersonsNameClosingWithABuildingsKindIsTheBuilding() {
        String text = "Wisatawan memadati Cendana Residence, lalu berfoto di depan Ratna Tower. Ratna Dewi memandu mereka.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Cendana Residence", EntityType.PERSON),
                at(text, "Ratna Tower", EntityType.PERSON), at(text, "Ratna Dewi", EntityType.PERSON)));
        VenueTails.widen(text, found);
        assertThat(found).extracting(f -> f.textIn(text) + "/" + f.type()).containsExactly(
                "Cendana Residence/PLACE", "Ratna Tower/PLACE", "Ratna Dewi/PERSON");
    }

    @Test
    void aBodyBeforeABuildingsKindAndAKindInLowerCaseStay() {
        String text = "Saham Sentosa Group Hotel naik. Rina Sari hotel itu ramai.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Sentosa Group", EntityType.ORGANIZATION),
                at(text, "Rina Sari", EntityType.PERSON)));
        VenueTails.widen(text, found);
        assertThat(found).extracting(f -> f.textIn(text)).containsExactly("Sentosa Group", "Rina Sari");
    }

    @Test
    void aClubNamedShortIsTheClubNamedInFull() {
        String text = "Pemain Inter Milan itu cedera pekan lalu. Pelatih menilai Napoli dan Inter bersaing ketat.";
        assertThat(mentions(text, "Inter Milan")).containsExactly("Inter Milan", "Inter");
    }
}
