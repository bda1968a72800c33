package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented traffic news: toll gates are places, named up to where the next list item opens. */
class TollGatesTest {
    @Test
    void gatesOfAFlattenedListArePlaces() {
        List<Entity> entities = Entities.shipped().find("""
                Arus mudik di jalan tol meningkat. Berikut datanya: - GT Sukamaju Kendaraan menuju Tegal tercatat \
                12.000 kendaraan. - GT Ranca Wangi Utama Sebanyak 9.500 kendaraan menuju Brebes. Petugas juga \
                menutup Gerbang Tol Kebon Jeruk 2 untuk perbaikan. Tarif GT Cimanggu Golongan I naik.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("GT Sukamaju", "GT Ranca Wangi Utama", "Gerbang Tol Kebon Jeruk 2", "GT Cimanggu")
                .doesNotContain("GT Sukamaju Kendaraan", "GT Ranca Wangi Utama Sebanyak", "GT Cimanggu Golongan");
    }

    @Test
    void aGateWithoutItsOwnNameIsNone() {
        List<Entity> entities = Entities.shipped().find(
                "Lalu lintas dihitung di tiga Gerbang Tol Utama, yakni Cikupa, Palimanan, dan Kalihurip di jalan tol.");
        assertThat(entities).extracting(Entity::name).doesNotContain("Gerbang Tol Utama");
    }
}
