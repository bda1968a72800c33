package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented accident news: a hospital named short (RS, RSUP) is a place, like one written out. */
class HospitalHeadsTest {
    @Test
    void aHospitalNamedShortIsAPlace() {
        List<Entity> entities = Entities.shipped().find("""
                Korban dibawa ke RS Mitra Keluarga untuk dirawat. Menurut dokter RS Mitra Keluarga, kondisinya membaik. \
                Pasien lain dirujuk ke RSUP Dr Sardjito di Yogyakarta.""");
        assertThat(entities).filteredOn(e -> e.name().startsWith("RS")).extracting(Entity::type)
                .hasSize(2).containsOnly(EntityType.PLACE);
    }
}
