package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A nickname in quotation marks inside a person's name; sentences written for this test. */
class QuotedNicknamesTest {
    @Test
    void theGivenNameTheNicknameAndTheRestAreOnePerson() {
        String text = "Latihan itu diikuti Budi Santoso dan Anto 'Todung' Binarto yang belum lolos seleksi. "
                + "Pelatih asing Marco \"Kiko\" Santini ikut mengawasi.";
        assertThat(named(text)).contains("Budi Santoso/PERSON", "Anto 'Todung' Binarto/PERSON", "Marco \"Kiko\" Santini/PERSON")
                .doesNotContain("Todung/PERSON", "Binarto/PERSON", "Kiko/PERSON");
    }

    @Test
    void aQuotedWordBetweenAPersonAndAPlaceJoinsNothing() {
        String text = "Warga menyebut Rudi \"Pahlawan\" Jakarta karena aksinya.";
        assertThat(named(text)).noneMatch(n -> n.contains("Pahlawan\" Jakarta"));
    }
}
