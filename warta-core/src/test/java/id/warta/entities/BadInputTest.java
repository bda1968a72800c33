package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text as scrapes deliver it: shouting headlines, no punctuation, one endless sentence, emoji, invisible marks. */
class BadInputTest {
    private final Entities entities = Entities.shipped();

    private List<Entity> valid(String text) {
        List<Entity> found = entities.find(text);
        for (Entity e : found) {
            for (Mention m : e.mentions()) {
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        return found;
    }

    @Test
    void readsAHeadlineInCapitals() {
        List<Entity> found = valid("PRESIDEN PRABOWO SUBIANTO BERTEMU PERDANA MENTERI JEPANG DI TOKYO");
        assertThat(found).extracting(Entity::type).contains(EntityType.PERSON, EntityType.PLACE);
        assertThat(found).anyMatch(e -> e.name().toLowerCase().contains("prabowo"));
    }

    @Test
    void readsTextWithoutPunctuation() {
        valid("gubernur jawa barat dedi mulyadi meninjau banjir di bekasi bersama kapolda metro jaya "
                + "lalu bertemu warga di kampung sukamaju hingga sore");
    }

    @Test
    void readsOneSentenceOfAMegabyteInPieces() {
        StringBuilder b = new StringBuilder(1 << 20);
        while (b.length() < (1 << 20)) b.append("kata Budi Santoso di Jakarta dan Komisi Pemberantasan Korupsi ");
        List<Entity> found = valid(b.toString());
        assertThat(found).extracting(Entity::name).contains("Budi Santoso", "Komisi Pemberantasan Korupsi");
    }

    @Test
    void readsEmojiMixedScriptsAndInvisibleCharacters() {
        valid("Gubernur Jawa Barat 😀 Dedi\u200B Mulyadi berkunjung ke Bandung 🙏. Турист из Москвы 東京 \uFEFF hadir.");
        valid("\u200B\u200C\u200D");
        valid("");
        valid("🙏🙏🙏");
    }
}
