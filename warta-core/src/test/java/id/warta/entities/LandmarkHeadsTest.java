package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A landmark named the English way, its kind last ({@code Tower}, {@code Bridge}, {@code Building}), is a place. */
class LandmarkHeadsTest {
    @Test
    void aLandmarkNamedWithItsKindLastIsAPlace() {
        List<String> names = named("""
                Wisatawan berfoto di depan Sentosa Clock Tower, lalu menyeberangi Merah Delima Bridge menuju \
                Harbourside Building di pusat kota.""");
        assertThat(names).filteredOn(n -> n.contains("Tower") || n.contains("Bridge") || n.contains("Building"))
                .isNotEmpty().allMatch(n -> n.endsWith("/PLACE"));
    }
}
