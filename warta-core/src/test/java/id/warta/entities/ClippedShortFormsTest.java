package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented campus and trade news: a body's short form clipped from the words of its full name. */
class ClippedShortFormsTest {
    @Test
    void aClippedShortFormIsTheBodyItClips() {
        List<Entity> entities = Entities.shipped().find("""
                Pendaftaran jalur mandiri Unkal dibuka hingga akhir bulan. Seleksi yang digelar Universitas Kalimaya \\
                itu memakai tes tertulis, kata Rektor Unkal, Hendra Wibisono.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Universitas Kalimaya").doesNotContain("Unkal");
    }

    @Test
    void functionWordsMayGiveNoLetter() {
        assertThat(ClippedShortForms.clips("nejm", "new england journal of medicine".split(" "))).isTrue();
        assertThat(ClippedShortForms.clips("apindo", "asosiasi pengusaha indonesia".split(" "))).isTrue();
        assertThat(ClippedShortForms.clips("doge", "department of government efficiency".split(" "))).isTrue();
    }

    @Test
    void everyWordGivesALetterAndTheFirstNotAll() {
        assertThat(ClippedShortForms.clips("samsung", "samsung galaxy".split(" "))).isFalse();
        assertThat(ClippedShortForms.clips("nasa", "national oceanic and atmospheric administration".split(" "))).isFalse();
        assertThat(ClippedShortForms.clips("kompas", "komisi pemberantasan korupsi".split(" "))).isFalse();
        assertThat(ClippedShortForms.clips("dpd", "dewan perwakilan rakyat daerah".split(" "))).isFalse();
    }
}
