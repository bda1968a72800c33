package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented coastal news: a compass word before a place is a direction, one after it part of the region's name. */
class CompassWordsTest {
    private static List<String> places(String text) {
        return Entities.shipped().find(text).stream().filter(e -> e.type() == EntityType.PLACE).map(Entity::name).toList();
    }

    @Test
    void aCompassWordBeforeAPlaceIsNoPartOfIt() {
        List<String> places = places("""
                Pelabuhan di Utara Jakarta ini disebut sarang penyelundup oleh Rizal Hakim, Senin. Banjir juga melanda \
                wilayah barat Bandung.""");
        assertThat(places).noneMatch(p -> p.startsWith("Utara") || p.startsWith("barat"));
        assertThat(places).anyMatch(p -> p.contains("Jakarta")).anyMatch(p -> p.contains("Bandung"));
    }

    @Test
    void regionsNamedWithTheirCompassWordKeepIt() {
        List<String> places = places("""
                Harga minyak naik karena konflik di Timur Tengah, kata pejabat di Jawa Barat dan Kalimantan Timur.""");
        assertThat(places).contains("Timur Tengah", "Jawa Barat", "Kalimantan Timur");
    }
}
