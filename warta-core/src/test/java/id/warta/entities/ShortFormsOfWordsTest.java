package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body's short form of several words, given in brackets; sentences written for this test. */
class ShortFormsOfWordsTest {
    @Test
    void aShortFormOfSeveralWordsInBracketsIsTheBodyWhereverWritten() {
        List<Entity> found = Entities.shipped().find("""
                Direktorat Jenderal Perikanan Tangkap (Ditjen Kaptan) Kementerian Kelautan dan Perikanan menggelar rapat \
                di Jakarta, Senin. Ditjen Kaptan menyebut produksi ikan naik tahun ini. Direktur Jenderal Perikanan \
                Tangkap Rudi Hartawan memimpin rapat itu.""");
        List<Entity> bodies = found.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        assertThat(bodies).extracting(Entity::name).doesNotContain("Ditjen Kaptan");
        assertThat(bodies).filteredOn(e -> e.name().equals("Direktorat Jenderal Perikanan Tangkap")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("Ditjen Kaptan"));
    }
}
