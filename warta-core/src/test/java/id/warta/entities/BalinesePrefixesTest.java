package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented regional news: the Balinese gender prefix I or Ni opens the person's name, after a title or a comma too. */
class BalinesePrefixesTest {
    @Test
    void thePrefixOpensTheName() {
        List<Entity> entities = Entities.shipped().find("""
                Patroli itu dipimpin Kapolres Tabanan AKBP I Made Sudarsana Yasa. Kepala Dinas Pariwisata, \
                I Nyoman Artha Wiguna, mengatakan kunjungan naik. Sementara itu Kompol I Wayan Sukadana Putra \
                mengatakan jalan ditutup. "Kami siap membantu," kata Ni Luh Made Ariani.""");
        List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertThat(people).contains("I Made Sudarsana Yasa", "I Nyoman Artha Wiguna", "I Wayan Sukadana Putra",
                "Ni Luh Made Ariani").doesNotContain("Made Sudarsana Yasa", "Nyoman Artha Wiguna", "Wayan Sukadana Putra");
    }

    @Test
    void aPronounBeforeAnotherNameOpensNothing() {
        List<Entity> entities = Entities.shipped().find("""
                Dalam unggahannya, penyanyi itu menulis "I Love Bali" lalu menyapa Budi Santoso di Denpasar.""");
        assertThat(entities).extracting(Entity::name).contains("Budi Santoso").doesNotContain("I Budi Santoso");
    }
}
