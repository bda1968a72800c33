package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void encodesNamesAsBilouAndDecodesThemBack() {
        List<NameSpan> names = List.of(new NameSpan(0, 1, EntityType.PERSON), new NameSpan(2, 5, EntityType.ORGANIZATION),
                new NameSpan(5, 7, EntityType.PLACE));
        int[] tags = Labels.encode(names, 8);
        assertThat(Labels.name(tags[0])).isEqualTo("U-PERSON");
        assertThat(Labels.name(tags[1])).isEqualTo("O");
        assertThat(Labels.name(tags[2])).isEqualTo("B-ORGANIZATION");
        assertThat(Labels.name(tags[3])).isEqualTo("I-ORGANIZATION");
        assertThat(Labels.name(tags[4])).isEqualTo("L-ORGANIZATION");
        assertThat(Labels.decode(tags)).isEqualTo(names);
    }

    @Test
    void allowsOnlyContinuationsOfTheOpenName() {
        int bPer = Labels.tag(EntityType.PERSON, 0), iPer = Labels.tag(EntityType.PERSON, 1);
        int lOrg = Labels.tag(EntityType.ORGANIZATION, 2), uLoc = Labels.tag(EntityType.PLACE, 3);
        assertThat(Labels.canFollow(bPer, iPer)).isTrue();
        assertThat(Labels.canFollow(bPer, lOrg)).isFalse();
        assertThat(Labels.canFollow(bPer, Labels.O)).isFalse();
        assertThat(Labels.canFollow(Labels.O, iPer)).isFalse();
        assertThat(Labels.canFollow(uLoc, bPer)).isTrue();
        assertThat(Labels.canStart(iPer)).isFalse();
        assertThat(Labels.canEnd(bPer)).isFalse();
    }

    @Test
    void readsAnIllFormedSequenceLeniently() {
        int iOrg = Labels.tag(EntityType.ORGANIZATION, 1), lOrg = Labels.tag(EntityType.ORGANIZATION, 2);
        assertThat(Labels.decode(new int[]{Labels.O, iOrg, lOrg}))
                .containsExactly(new NameSpan(1, 3, EntityType.ORGANIZATION));
    }
}
