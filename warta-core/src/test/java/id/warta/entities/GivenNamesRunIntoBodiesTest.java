package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A holder's first name the tagger ran into the body before it; sentences written for this test. */
class GivenNamesRunIntoBodiesTest {
    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    private static List<String> moved(String text, List<Found> found) {
        List<Found> list = new ArrayList<>(found);
        GivenNamesRunIntoBodies.move(text, list);
        return list.stream().map(f -> f.textIn(text) + "/" + f.type()).toList();
    }

    @Test
    void theBodysLastWordOpensThePersonWhenTheArticleCallsThePersonByIt() {
        String text = "Analis PT Sinar Modal Hendra Wijaya Kusuma menilai pasar lesu. \"Tunggu dulu,\" ujar Hendra.";
        List<Found> found = List.of(at(text, "PT Sinar Modal Hendra", EntityType.ORGANIZATION),
                at(text, "Wijaya Kusuma", EntityType.PERSON),
                new Found(text.lastIndexOf("Hendra"), text.lastIndexOf("Hendra") + 6, EntityType.PERSON, "model"));
        assertThat(moved(text, found)).containsExactly("PT Sinar Modal/ORGANIZATION", "Hendra Wijaya Kusuma/PERSON",
                "Hendra/PERSON");
    }

    @Test
    void withoutThatWordAloneTheBodyStaysWhole() {
        String text = "Analis PT Sinar Modal Hendra Wijaya Kusuma menilai pasar lesu. \"Tunggu dulu,\" ujar Kusuma.";
        List<Found> found = List.of(at(text, "PT Sinar Modal Hendra", EntityType.ORGANIZATION),
                at(text, "Wijaya Kusuma", EntityType.PERSON),
                new Found(text.lastIndexOf("Kusuma"), text.lastIndexOf("Kusuma") + 6, EntityType.PERSON, "model"));
        assertThat(moved(text, found)).startsWith("PT Sinar Modal Hendra/ORGANIZATION", "Wijaya Kusuma/PERSON");
    }
}
