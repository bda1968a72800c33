package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented names: a group's name and type, worked out once, are worked out again when the group holds other mentions. */
class GroupTypesTest {
    private final CanonicalNames canonicalNames = new CanonicalNames(Entities.shippedModel(), Places.shipped());

    @Test
    void aGroupIsAskedAgainOnceItHoldsOtherMentions() {
        GroupTypes given = new GroupTypes(canonicalNames);
        List<Assigned> group = new ArrayList<>(List.of(mention("Mawar", 0, EntityType.PERSON)));
        assertThat(given.type(group)).isEqualTo(EntityType.PERSON);
        assertThat(given.name(group)).isEqualTo("Mawar");
        // a merge moves two mentions found as places into it: most mentions now say a place
        group.add(mention("Mawar", 40, EntityType.PLACE));
        group.add(mention("Mawar", 80, EntityType.PLACE));
        assertThat(given.type(group)).isEqualTo(EntityType.PLACE).isEqualTo(canonicalNames.type(group, "Mawar"));
        // renamed in place, as a pass writes a group's mentions out under another name: as many, other ones
        group.replaceAll(a -> new Assigned(a.found(), a.text(), a.key(), "Mawar Indah", a.listedType(), a.use()));
        assertThat(given.name(group)).isEqualTo("Mawar Indah").isEqualTo(canonicalNames.name(group));
    }

    private static Assigned mention(String text, int start, EntityType foundAs) {
        return new Assigned(new Found(start, start + text.length(), foundAs, "model"), text, EntityKeys.of(text), null,
                null, MentionUse.NAME);
    }
}
