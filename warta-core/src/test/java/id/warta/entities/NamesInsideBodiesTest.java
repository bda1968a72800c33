package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places and people found inside a body's name the article writes elsewhere; sentences written for this test. */
class NamesInsideBodiesTest {
    private static Found at(String text, String name, int from, EntityType type) {
        int start = text.indexOf(name, from);
        return new Found(start, start + name.length(), type, "model");
    }

    private static String surface(String text, Found f) {
        return text.substring(f.start(), f.end()) + "/" + f.type();
    }

    @Test
    void aPlaceEndingABodysNameFoundElsewhereIsThatBody() {
        String text = "Laba Semen Nusantara naik. Direktur Semen Nusantara Budi Hartono menyebut pasar Jawa tumbuh.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Nusantara", 0, EntityType.PLACE),
                at(text, "Semen Nusantara", 10, EntityType.ORGANIZATION), at(text, "Jawa", 0, EntityType.PLACE)));
        NamesInsideBodies.widen(text, found);
        assertThat(found).extracting(f -> surface(text, f))
                .containsExactly("Semen Nusantara/ORGANIZATION", "Semen Nusantara/ORGANIZATION", "Jawa/PLACE");
    }

    @Test
    void aPersonsNameABodyIsNamedForIsTheBodyToo() {
        String text = "Mahasiswa Universitas Cokroaminoto menang. Rektor Universitas Cokroaminoto memuji mereka.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Cokroaminoto", 0, EntityType.PERSON),
                at(text, "Universitas Cokroaminoto", 40, EntityType.ORGANIZATION)));
        NamesInsideBodies.widen(text, found);
        assertThat(found.getFirst()).isEqualTo(new Found(10, 34, EntityType.ORGANIZATION, "model"));
    }

    @Test
    void aPlaceAfterOtherWordsOrANameFoundBeforeItStaysAsFound() {
        String text = "Warga Nusantara bersatu. Bank Pasar Nusantara tutup. Pasar Nusantara rugi.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Nusantara", 0, EntityType.PLACE),
                at(text, "Bank Pasar", 0, EntityType.ORGANIZATION), at(text, "Nusantara", 30, EntityType.PLACE),
                at(text, "Pasar Nusantara", 40, EntityType.ORGANIZATION)));
        List<Found> before = List.copyOf(found);
        NamesInsideBodies.widen(text, found);
        assertThat(found).isEqualTo(before);
    }
}
