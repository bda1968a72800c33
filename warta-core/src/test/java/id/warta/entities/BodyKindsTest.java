package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented economy news: the name of a kind of body names no organisation; a body of that kind is one. */
class BodyKindsTest {
    @Test
    void aKindOfBodyIsNoOrganisation() {
        List<Entity> entities = Entities.shipped().find("""
                Pemerintah meminta Badan Usaha Milik Negara (BUMN) ikut membeli gabah petani. Menurut Kementerian BUMN, \
                sejumlah BUMN sudah menyiapkan gudang. Beberapa Lembaga Swadaya Masyarakat (LSM) ikut mengawasi. Hanya \
                Badan Usaha dengan izin niaga yang boleh menjual beras. Setiap Organisasi Perangkat Daerah (OPD) dan \
                Organisasi Kemasyarakatan diminta membantu.""");
        assertThat(entities).extracting(Entity::name)
                .doesNotContain("Badan Usaha", "Organisasi Perangkat Daerah", "OPD", "Organisasi Kemasyarakatan",
                        "Badan Usaha Milik Negara", "BUMN", "Lembaga Swadaya Masyarakat", "LSM")
                .contains("Kementerian Badan Usaha Milik Negara");
    }

    @Test
    void aKindOfFacilityIsNoPlace() {
        List<Entity> entities = Entities.shipped().find("""
                Mulai pekan depan, solar bersubsidi dijual lagi di 120 SPBU di Sumatera Barat. Pengelola SPBU diminta \
                mencatat setiap pembeli, kata Kepala Dinas Energi Sumatera Barat, Rudi Hartono. Warga juga diminta \
                mencoblos di TPS terdekat.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("SPBU", "TPS").contains("Sumatera Barat");
    }

    @Test
    void regionalGovernmentsAsAKindAreNoOrganisation() {
        List<Entity> entities = Entities.shipped().find("""
                Program beasiswa itu melibatkan 40 Pemerintah Daerah. Setiap Pemda wajib menyiapkan anggaran pendamping, \
                kata Kepala Dinas Pendidikan Pemerintah Kabupaten Sukamaju, Budi Santoso.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("Pemerintah Daerah", "Pemda");
    }
}
