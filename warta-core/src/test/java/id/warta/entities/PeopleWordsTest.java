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

    @Test
    void aCountryNamingALanguageIsNoPlace() {
        List<Entity> entities = Entities.shipped().find("""
                Sanggar Tari Melati di Kota Salatiga membuka kelas bahasa Jepang untuk remaja. Pengajarnya, Dewi Larasati, \
                juga menerjemahkan buku cerita anak ke Bahasa Inggris dan memutar film berbahasa Korea tiap Sabtu. \
                Ia lulusan Sastra Prancis dan bercerita dengan logat Jawa.""");
        assertThat(entities).filteredOn(e -> e.type() != EntityType.PERSON).extracting(Entity::name)
                .doesNotContain("Jepang", "Inggris", "Korea", "Korea Selatan", "Prancis", "Jawa");
        assertThat(entities).extracting(Entity::name).contains("Dewi Larasati");
    }

    @Test
    void theCountryNamedElsewhereStays() {
        List<Entity> entities = Entities.shipped().find("""
                Lima guru dari Jepang mengajar bahasa Jepang di Politeknik Negeri Semarang. Mereka tiba di Semarang \
                pekan lalu, kata direktur politeknik, Bambang Sutrisno.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).contains("Jepang");
    }
}
