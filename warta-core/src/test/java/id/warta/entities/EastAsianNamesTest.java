package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.language.Tokenizer;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** East-Asian names of three parts or a hyphened given name; sentences written for this test. */
class EastAsianNamesTest {
    private static final EastAsianNames NAMES = new EastAsianNames(Set.of("ya", "dan")::contains,
            Set.of("Hong Kong", "Ho Chi Minh")::contains);

    private static List<String> found(String text, Found... tagged) {
        List<Found> list = new ArrayList<>(List.of(tagged));
        NAMES.find(Entities.sentences(text, Tokenizer.tokenize(text)), list);
        return list.stream().map(f -> f.textIn(text) + "/" + f.type()).toList();
    }

    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    @Test
    void aFamilyNameAndTwoSyllablesAreOnePerson() {
        String text = "Tunggal putri Korea, Sim Yu Jin, menang mudah atas wakil tuan rumah.";
        assertThat(found(text, at(text, "Korea", EntityType.PLACE))).containsExactly("Korea/PLACE", "Sim Yu Jin/PERSON");
    }

    @Test
    void aCutNameIsMadeWholeAndABodyRetyped() {
        String text = "Pengamat politik Oh Bei Sun menilai langkah itu berisiko, sementara Park Ji-hoon menolak berkomentar.";
        assertThat(found(text, at(text, "Bei Sun", EntityType.PERSON), at(text, "Park Ji-hoon", EntityType.ORGANIZATION)))
                .containsExactly("Oh Bei Sun/PERSON", "Park Ji-hoon/PERSON");
    }

    @Test
    void placesEventsAndLongerNamesStand() {
        String text = "Ia juara Hong Kong Open tahun lalu dan kini berlatih di Ho Chi Minh City bersama Wesley Koh Eng Kiet.";
        assertThat(found(text, at(text, "Hong Kong Open", EntityType.ORGANIZATION), at(text, "Ho Chi Minh City", EntityType.PLACE),
                at(text, "Wesley Koh Eng Kiet", EntityType.PERSON)))
                .containsExactly("Hong Kong Open/ORGANIZATION", "Ho Chi Minh City/PLACE", "Wesley Koh Eng Kiet/PERSON");
        String region = "Atlet itu pulang ke Hong Kong Jin pekan lalu.";
        assertThat(found(region)).isEmpty();
    }

    @Test
    void commonWordsAndWordsOfNoSyllableShapeMakeNoName() {
        String text = "\"Oh Ya Sudah,\" katanya. Satelit Low Earth Orbit itu diluncurkan, Song Book Store tutup.";
        assertThat(found(text)).isEmpty();
    }
}
