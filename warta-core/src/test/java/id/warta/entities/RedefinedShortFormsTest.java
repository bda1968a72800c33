package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sports news: a short form the lexicon lists for another body, defined afresh by the article. */
class RedefinedShortFormsTest {
    @Test
    void theArticlesOwnDefinitionBeatsTheListedBody() {
        List<Entity> entities = Entities.shipped().find("""
                Persatuan Golf Indonesia (PGI) menggelar kejuaraan nasional di Bandung pekan depan. Ketua PGI Rahmat \
                Hidayanto mengatakan, 120 pegolf sudah mendaftar. PGI juga menyiapkan tim untuk SEA Games.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).contains("Persatuan Golf Indonesia").doesNotContain("Persekutuan Gereja-gereja di Indonesia");
    }

    @Test
    void theListedBodyWrittenInFullKeepsItsShortForm() {
        assertThat(RedefinedShortForms.spelledOut("PGI", "Persatuan Golf Indonesia")).isTrue();
        assertThat(RedefinedShortForms.spelledOut("PGI", "Perkumpulan Guru")).isFalse();
        List<Entity> entities = Entities.shipped().find("""
                Persekutuan Gereja-gereja di Indonesia (PGI) menyerukan doa bersama. Sekretaris Umum PGI Yohana \
                Simatupang hadir di Jakarta.""");
        assertThat(entities).extracting(Entity::name).contains("Persekutuan Gereja-gereja di Indonesia");
    }
}
