package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name's type read off the words around it; sentences written for this test. */
class TypesInContextTest {
    private static Found found(String text, int start, String name, EntityType type) {
        return new Found(start, start + name.length(), type, "model");
    }

    @Test
    void aOneWordNameAfterAMakersNounAndItsIndustryIsAFirm() {
        String text = "Produsen mobil asal China, yakni produsen mobil Cakrawa, membuka pabrik. Cakrawa menyerap 500 pekerja.";
        List<Found> names = new ArrayList<>(List.of(found(text, text.indexOf("China"), "China", EntityType.PLACE),
                found(text, text.indexOf("Cakrawa"), "Cakrawa", EntityType.PERSON),
                found(text, text.lastIndexOf("Cakrawa"), "Cakrawa", EntityType.PERSON)));
        new TypesInContext(null, null, null).firmsTakenForPeople(text, names);
        assertThat(names).extracting(Found::type).containsExactly(
                EntityType.PLACE, EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }
}
