package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented portal news: a portal's desk, its name run into the portal's lower-case one, is an organisation. */
class OutletDesksTest {
    @Test
    void aDeskOfALowerCasePortalIsAnOrganisation() {
        List<Entity> entities = Entities.shipped().find("""
                Dikutip dari detikHot, penyanyi itu masih dirawat di rumah sakit. Seperti dilansir detikKalimantan, \
                proyek jalan di Samarinda terus berjalan.""");
        assertThat(entities).filteredOn(e -> e.name().startsWith("detik")).extracting(Entity::name, Entity::type)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("detikHot", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("detikKalimantan", EntityType.ORGANIZATION));
    }

    @Test
    void aProgrammeNamedForATimeOfDayIsNoOrganisation() {
        List<Entity> entities = Entities.shipped().find("""
                Simak ulasan lengkapnya dalam program detikSore, Senin (4/5/2026), bersama dua pakar gizi.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("detikSore");
    }
}
