package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An invented profile whose sub-heading was flattened into the body: the heading's name is one person, not run on. */
class RepeatedFirstWordsTest {
    @Test
    void aFlattenedHeadingsNameStopsBeforeTheRepeatedGivenName() {
        List<Entity> entities = Entities.shipped().find("""
                Rapat pemegang saham menunjuk Darmawan Sitorus sebagai direktur utama. Profil Darmawan Sitorus Darmawan \
                merupakan pensiunan pegawai negeri yang lahir di Medan. Darmawan pernah menjabat kepala dinas.""");
        List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertThat(people).contains("Darmawan Sitorus").doesNotContain("Darmawan Sitorus Darmawan");
    }

    @Test
    void aNameOfOneWordTwiceIsThatWordAfterALostFullStop() {
        List<Entity> entities = Entities.shipped().find("""
                Gubernur Hendrawan Pratama meresmikan pasar baru di Kota Jambi. "Pasar ini kami bangun untuk pedagang kecil," \
                kata Hendrawan Hendrawan juga meminta pedagang menjaga kebersihan.""");
        List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertThat(people).contains("Hendrawan Pratama").doesNotContain("Hendrawan Hendrawan");
    }
}
