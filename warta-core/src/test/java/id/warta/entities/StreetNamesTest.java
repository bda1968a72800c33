package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented traffic news: a street named with and without its namesake's initials or title is one street. */
class StreetNamesTest {
    @Test
    void aStreetWithAndWithoutItsNamesakesInitialsIsOneStreet() {
        List<Entity> entities = Entities.shipped().find("""
                Kendaraan dari Jalan Jenderal Gatot Subroto menuju Jalan HR Rasuna Said terpantau padat, Senin pagi. \
                Antrean di Jalan Rasuna Said mengular hingga 2 kilometer, sementara Jalan Gatot Subroto lancar.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .containsExactlyInAnyOrder("Jalan Jenderal Gatot Subroto", "Jalan HR Rasuna Said");
    }

    @Test
    void onlyInitialsAndTitlesMayGo() {
        assertThat(StreetNames.shortFor("jalan thamrin".split(" "), "jalan mh thamrin".split(" "))).isTrue();
        assertThat(StreetNames.shortFor("jalan lenteng agung".split(" "), "jalan raya lenteng agung".split(" "))).isTrue();
        assertThat(StreetNames.shortFor("jalan agung".split(" "), "jalan lenteng agung".split(" "))).isFalse();
    }
}
