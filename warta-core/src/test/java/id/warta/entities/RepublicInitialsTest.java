package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented parliament news: a national body written with and without the Republic's initials is one body. */
class RepublicInitialsTest {
    @Test
    void aBodyWithAndWithoutRiIsOneBody() {
        List<Entity> entities = Entities.shipped().find("""
                Pimpinan DPR dan Badan Anggaran DPR bertemu dengan pemerintah pada Senin malam. "Kajian teknisnya belum \
                selesai," kata Ketua Badan Anggaran DPR RI Hasan Wirawan di Jakarta, Selasa.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).filteredOn(b -> b.startsWith("Badan Anggaran")).hasSize(1);
    }

    @Test
    void aMinistryWithAndWithoutRiIsOneBody() {
        List<Entity> entities = Entities.shipped().find("""
                Kementerian Sosial RI menyalurkan bantuan ke Garut. Menurut Kementerian Sosial, bantuan tahap kedua \
                dikirim pekan depan.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).filteredOn(b -> b.startsWith("Kementerian Sosial")).hasSize(1);
    }
}
