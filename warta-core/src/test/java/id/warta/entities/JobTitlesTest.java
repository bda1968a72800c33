package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented business news: a job title the tagger took for a body, with and without the body after it. */
class JobTitlesTest {
    @Test
    void aJobTitleAloneIsNoBody() {
        List<Entity> entities = Entities.shipped().find("""
                Rapat umum pemegang saham menunjuk Dewi Anggraini sebagai Direktur Network. Ia sebelumnya menjabat COO \
                selama tiga tahun di perusahaan logistik itu.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .doesNotContain("Direktur Network", "COO");
    }

    @Test
    void aTitleBeforeABodyLeavesTheBody() {
        List<Entity> entities = Entities.shipped().find("""
                COO PT Sinar Laut Abadi Tbk Hendra Wijaya mengatakan, perseroan menambah dua kapal tahun depan.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("PT Sinar Laut Abadi Tbk");
    }

    @Test
    void anExecutiveDirectorsBodyKeepsItsOwnName() {
        List<Entity> entities = Entities.shipped().find("""
                Direktur Eksekutif Nusantara Energy Institute Andi Wijaya mengatakan harga minyak naik. Hal itu dibenarkan \
                Direktur Eksekutif Borneo Mining Association, Sari Dewi.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Nusantara Energy Institute", "Borneo Mining Association")
                .noneMatch(n -> n.startsWith("Eksekutif"));
    }
}
