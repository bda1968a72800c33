package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented gaming news: teams named with Esports after their name. */
class EsportsTeamsTest {
    @Test
    void wordsClosedByEsportsNameATeam() {
        List<Entity> entities = Entities.shipped().find("""
                Tim Garuda Petir Esports menjuarai turnamen Mobile Legends di Surabaya, Minggu. Garuda Petir mengalahkan \\
                Kilat, Naga Biru, dan Bintang Timur Esports di babak akhir, kata pelatih Garuda Petir, Andi Saputra.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).contains("Garuda Petir Esports", "Bintang Timur Esports").doesNotContain("Garuda Petir");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Andi Saputra").doesNotContain("Garuda Petir", "Naga Biru", "Kilat");
    }

    @Test
    void aNameGoingOnAfterEsportsIsLeft() {
        List<Entity> entities = Entities.shipped().find("""
                Indonesia mengirim delapan atlet ke SEA Esports Nations Cup di Bangkok, kata Ketua Umum Pengurus Besar \\
                Esports Indonesia, Budi Hartono.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("SEA Esports");
    }
}
