package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An award's categories, which name no body; sentences written for this test. */
class AwardNamesTest {
    @Test
    void anAwardsCategoryOpeningWithBestIsNoOrganisation() {
        List<Entity> found = Entities.shipped().find("""
                Bank Sentosa Raya meraih dua penghargaan sekaligus, yakni Best Digital Bank dan Best Savings Bank, dalam \
                ajang yang digelar di Jakarta, Kamis. Direktur Utama Bank Sentosa Raya Rudi Hartawan menerima penghargaan itu.""");
        assertThat(found).extracting(Entity::name).doesNotContain("Best Digital Bank", "Best Savings Bank")
                .contains("Bank Sentosa Raya");
        assertThat(ThingWords.INSTANCE.isAward("Best Savings Bank")).isTrue();
        assertThat(ThingWords.INSTANCE.isAward("Best")).isFalse();
    }
}
