package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented official news: an abbreviated first word with its full stop opens the person's name. */
class AbbreviatedGivenNamesTest {
    @Test
    void theAbbreviationOpensTheName() {
        List<Entity> entities = Entities.shipped().find("""
                Rapat itu dihadiri Kepala Biro Umum Muh. Rahmat Sidik dan Direktur Moh. Fajar Hakim. Rahmat mengatakan \
                rapat berjalan lancar. Turut hadir Asisten Deputi Abd. Karim Lubis dan staf M. Yusuf Hamdan.""");
        List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertThat(people).contains("Muh. Rahmat Sidik", "Moh. Fajar Hakim", "Abd. Karim Lubis", "M. Yusuf Hamdan")
                .doesNotContain("Muh", "Moh", "Abd", "Rahmat Sidik", "Karim Lubis");
    }

    @Test
    void aYearOfTheCommonEraOpensNoName() {
        List<Entity> entities = Entities.shipped().find("""
                Peringatan itu jatuh pada 1 Muharam 1446 H atau 2024 M. Budi Santoso mengatakan warga sudah bersiap.""");
        assertThat(entities).extracting(Entity::name).contains("Budi Santoso").doesNotContain("M. Budi Santoso");
    }
}
