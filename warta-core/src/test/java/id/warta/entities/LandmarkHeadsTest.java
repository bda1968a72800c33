package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A landmark or a venue named the English way, its kind last ({@code Tower}, {@code Bridge}, {@code Building},
 * {@code Gymnasium}, {@code Airport}, {@code Air Force Base}), is a place.
 */
class LandmarkHeadsTest {
    @Test
    void aLandmarkNamedWithItsKindLastIsAPlace() {
        List<String> names = named("""
                Wisatawan berfoto di depan Sentosa Clock Tower, lalu menyeberangi Merah Delima Bridge menuju \
                Harbourside Building di pusat kota.""");
        assertThat(names).filteredOn(n -> n.contains("Tower") || n.contains("Bridge") || n.contains("Building"))
                .isNotEmpty().allMatch(n -> n.endsWith("/PLACE"));
    }

    @Test
    void aVenueOrAnAirfieldNamedWithItsKindLastIsAPlace() {
        List<String> names = named("""
                Final digelar di Riverside Sports Complex Gymnasium. Rombongan atlet mendarat di Kualanamu Airport, \
                sementara pesawat latih diterbangkan dari Pattaya Air Force Base.""");
        assertThat(names).filteredOn(n -> n.contains("Gymnasium") || n.contains("Airport") || n.contains("Base"))
                .isNotEmpty().allMatch(n -> n.endsWith("/PLACE"));
    }
}
