package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sentences about invented doctors. */
class PostnominalCredentialsTest {
    @Test
    void fellowshipsAfterADoctorsDegreeAreNoBodies() {
        List<Entity> found = Entities.shipped().find("""
                Menurut dokter jantung dr Rina Kartika Sari, SpJP(K), FIHA, FAPSIC, pasien perlu kontrol rutin. \
                Prof. Bambang Susilo, Sp.PD, KAI, menambahkan bahwa alergi obat jarang terjadi.""");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isEmpty();
        assertThat(found).extracting(Entity::name).contains("Rina Kartika Sari", "Bambang Susilo");
    }

    @Test
    void aDottedDegreeAfterANamesCredentialsIsNoPerson() {
        List<Entity> found = Entities.shipped().find("""
                Peneliti pangan Sari Wulandari Putri, S.Si, Apt, M.Biomed, mengatakan daging harus dicairkan dulu.                 Psikolog Andini Rahma, M.Psikol., menambahkan bahwa anak perlu didampingi.""");
        assertThat(found).extracting(Entity::name).contains("Sari Wulandari Putri", "Andini Rahma")
                .doesNotContain("M.Biomed", "M.Psikol");
    }

    @Test
    void aDegreeAfterANameWithoutACommaIsNoPartOfTheName() {
        List<Entity> found = Entities.shipped().find("""
                Pelatih tim sekolah itu, Wahyu Santoso Adinegoro M.Pd yang juga guru olahraga, mengaku puas. \
                Hadir pula kepala sekolah Ratna Dewi Lestari S.Pd. bersama para orang tua murid.""");
        assertThat(found).extracting(Entity::name).contains("Wahyu Santoso Adinegoro", "Ratna Dewi Lestari")
                .noneMatch(n -> n.contains("M.Pd") || n.contains("S.Pd"));
        assertThat(Entities.shipped().find("Petinju Danny Garcia Jr. kembali naik ring pekan depan."))
                .extracting(Entity::name).contains("Danny Garcia Jr.");
    }

    @Test
    void aNameWrittenWithADottedInitialStays() {
        List<Entity> found = Entities.shipped().find("""
                Di kelas 66 kg, Hasan Pratama (Jatim) kalah dari M.Rizaldi (Kaltim) dalam laga yang ketat.""");
        assertThat(found).extracting(Entity::name).anyMatch(n -> n.contains("Rizaldi"));
    }

    @Test
    void aBodyAfterACommaWithoutADegreeStays() {
        List<Entity> found = Entities.shipped().find("""
                Rapat itu dihadiri perwakilan Kementerian Kesehatan, BPOM, dan KPK di Jakarta, Senin.""");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).hasSizeGreaterThanOrEqualTo(3);
    }
}
