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
    void aBodyAfterACommaWithoutADegreeStays() {
        List<Entity> found = Entities.shipped().find("""
                Rapat itu dihadiri perwakilan Kementerian Kesehatan, BPOM, dan KPK di Jakarta, Senin.""");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).hasSizeGreaterThanOrEqualTo(3);
    }
}
