package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented news: a person called by the opening of a given name is the person named in full. */
class ClippedGivenNamesTest {
    private static List<String> people(String text) {
        return Entities.shipped().find(text).stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    }

    @Test
    void theOpeningOfOnePersonsGivenNameIsThatPerson() {
        assertThat(people("""
                Direktur Keuangan PT Bank Sentosa Tbk, Rajeswari Kumaran, mengatakan dana nasabah terus tumbuh. \
                Menurut Rajes, bunga deposito sudah turun. "Kami tidak akan menaikkan bunga," ucap Rajes, Senin (3/2)."""))
                .containsExactly("Rajeswari Kumaran");
    }

    @Test
    void aClipTwoPeopleShareOrAWordOfSomeonesNameStaysApart() {
        List<String> shared = people("""
                Rapat dihadiri Sandiaga Wirawan dan Sandiono Putra. Menurut Sandi, rapat berjalan lancar, kata dia.""");
        assertThat(shared).doesNotContain("Sandiaga Wirawan Sandi");
        assertThat(shared).contains("Sandiaga Wirawan", "Sandiono Putra");
        assertThat(people("""
                Bupati Emil Hartanto bertemu Emilia Kusuma di pendopo. "Kita siap," kata Emil, Selasa (4/2)."""))
                .containsExactlyInAnyOrder("Emil Hartanto", "Emilia Kusuma");
    }
}
