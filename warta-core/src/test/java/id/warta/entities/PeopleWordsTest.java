package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented culture news: a people's or language's name that a place list holds. */
class PeopleWordsTest {
    @Test
    void aPeoplesNameAloneIsNoPlace() {
        List<Entity> entities = Entities.shipped().find("""
                Museum Kota Tuban memamerkan nisan kuno berhiaskan huruf Arab. Menurut kurator Siti Rahmawati, \
                pedagang dari negara-negara Arab singgah di pelabuhan itu sejak abad ke-13.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).doesNotContain("Arab", "Arab Saudi");
    }

    @Test
    void afterALocativeItIsThePlace() {
        List<Entity> entities = Entities.shipped().find("""
                Ratusan warga Cianjur berangkat bekerja di Arab tahun ini. Mereka dilatih tiga bulan sebelum berangkat.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PLACE).isNotEmpty();
    }
}
