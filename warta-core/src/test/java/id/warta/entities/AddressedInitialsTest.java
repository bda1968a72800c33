package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented court news: a person's initials after {@code pak} are that person. */
class AddressedInitialsTest {
    @Test
    void initialsAfterPakAreThePerson() {
        List<Entity> entities = Entities.shipped().find("""
                Penyidik memeriksa Komjen Budi Santoso terkait kasus itu. Kuasa hukum pak BS menyatakan kliennya tidak \
                bersalah. "Pak BS selalu kooperatif," kata Andi Rahman.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("BS");
        Entity budi = entities.stream().filter(e -> e.name().equals("Budi Santoso")).findFirst().orElseThrow();
        assertThat(budi.type()).isEqualTo(EntityType.PERSON);
        assertThat(budi.mentions()).extracting(m -> m.text()).contains("BS");
    }

    @Test
    void twoPeopleWithTheInitialsLeaveThemAlone() {
        List<Entity> entities = Entities.shipped().find("""
                Rapat dihadiri Budi Santoso dan Bayu Saputra. Menurut warga, pak BS yang mengusulkan rencana itu.""");
        assertThat(entities.stream().filter(e -> e.name().equals("Budi Santoso")).flatMap(e -> e.mentions().stream())
                .map(m -> m.text())).doesNotContain("BS");
    }
}
