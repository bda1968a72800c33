package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sports and election news: a double-barrelled surname is one person; pairs and routes stay apart. */
class HyphenedSurnamesTest {
    @Test
    void aHyphenedSurnameIsOnePerson() {
        List<Entity> entities = Entities.shipped().find("""
                Bek sayap Harold Whitby-Arnold resmi bergabung dengan klub itu dengan kontrak empat musim. Whitby-Arnold \
                mengaku senang. Pelatih juga memuji gelandang Oliver Pemberton-Hale.""");
        List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertThat(people).contains("Harold Whitby-Arnold", "Oliver Pemberton-Hale").doesNotContain("Arnold", "Hale", "Harold Whitby", "Whitby");
    }

    @Test
    void aPairOfCandidatesStaysApart() {
        List<Entity> entities = Entities.shipped().find("""
                Pasangan Budi Santoso-Hartono resmi mendaftar. Tim kampanye Rudi Wijaya-Susanto Hadi mengaku siap. \
                Susanto Hadi mengatakan hal itu kepada wartawan.""");
        assertThat(entities).extracting(Entity::name)
                .doesNotContain("Budi Santoso-Hartono", "Rudi Wijaya-Susanto", "Rudi Wijaya-Susanto Hadi");
    }
}
