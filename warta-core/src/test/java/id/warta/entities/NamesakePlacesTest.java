package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sports halls and toll roads named for people; sentences written for this test. */
class NamesakePlacesTest {
    private static List<String> namesOf(List<Entity> found, EntityType type) {
        return found.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void aHallOrATollRoadNamedForAPersonIsAPlace() {
        List<Entity> found = Entities.shipped().find("""
                Ratusan atlet muda mengikuti audisi bulu tangkis di GOR Wahyu Pratama, Kendari, Sabtu. Panitia menyebut \
                akses dari Tol Hartono-Suryadi lancar. Ketua panitia Rudi Hartawan membuka acara itu.""");
        assertThat(namesOf(found, EntityType.PLACE)).contains("GOR Wahyu Pratama", "Tol Hartono-Suryadi");
        assertThat(namesOf(found, EntityType.PERSON)).containsExactly("Rudi Hartawan");
    }
}
