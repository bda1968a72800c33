package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sports and tech news: a name given only as a nickname is no entity of the story. */
class EpithetsTest {
    private static List<String> names(String text) {
        return Entities.shipped().find(text).stream().map(Entity::name).toList();
    }

    @Test
    void aNameGivenOnlyAsANicknameIsNoEntity() {
        List<String> names = names("""
                Pebalap Ducati, Enea Bastianini, finis kedua di Sirkuit Mugello. Pebalap berjulukan The Beast itu \
                mengaku puas. Ponsel yang dijuluki "Nova Titan" itu dijual mulai Senin.""");
        assertThat(names).contains("Enea Bastianini").doesNotContain("The Beast", "Nova Titan");
    }

    @Test
    void aNicknameTheStoryAlsoUsesAsANameStays() {
        List<String> names = names("""
                Klub berjulukan Garuda Muda FC itu menang. Garuda Muda FC kini memimpin klasemen Liga Kota Bandung.""");
        assertThat(names).anyMatch(n -> n.contains("Garuda Muda"));
    }
}
