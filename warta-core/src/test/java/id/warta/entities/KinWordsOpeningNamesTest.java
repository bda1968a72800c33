package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Putri and Putra open a person's name where they stand as given names; sentences written for this test. */
class KinWordsOpeningNamesTest {
    @Test
    void aGivenNameThatIsAKinWordOpensTheName() {
        List<String> names = named("""
                Laga berlangsung di Jakarta, Minggu (26/4/2026). Putri Rahayu Lestari mengalahkan Mei Lin di partai pertama.
                Pelatih berharap tim bisa meloloskan Putra Dimas Prasetyo ke babak berikutnya.""");
        assertThat(names).contains("Putri Rahayu Lestari/PERSON", "Putra Dimas Prasetyo/PERSON")
                .doesNotContain("Rahayu Lestari/PERSON", "Dimas Prasetyo/PERSON");
    }

    @Test
    void aCategoryOrARelativeStaysOutOfTheName() {
        List<String> names = named("""
                Pelatih Kepala Tunggal Putri Imam Santoso puas dengan hasil latihan. Ahmad Wijaya hadir di acara itu. Putri
                Ahmad Wijaya, Sekar Ayu, juga datang bersama suaminya.""");
        assertThat(names).contains("Imam Santoso/PERSON", "Ahmad Wijaya/PERSON")
                .doesNotContain("Putri Imam Santoso/PERSON", "Putri Ahmad Wijaya/PERSON");
    }
}
