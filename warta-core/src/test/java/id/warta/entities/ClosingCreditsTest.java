package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's closing credit of initials and agencies; sentences written for this test. */
class ClosingCreditsTest {
    private static List<String> names(String text) {
        return Entities.shipped().find(text).stream().map(Entity::name).toList();
    }

    @Test
    void theAgenciesOfAClosingCreditNameNoOne() {
        assertThat(names("Banjir melanda Dhaka pekan ini, kata pejabat Bangladesh.rw/ka (Reuters, AFP)"))
                .contains("Dhaka", "Bangladesh").doesNotContain("Reuters", "AFP");
        assertThat(names("Banjir melanda Dhaka pekan ini.\n\nab/cd (Reuters)\n\nBaca selengkapnya besok."))
                .doesNotContain("Reuters");
    }

    @Test
    void aClosingCreditWithBlanksAfterItIsOneToo() {
        // the credit is looked for only in paragraphs closing with a bracket: blanks and a last line break after it count for none
        assertThat(names("Banjir melanda Dhaka pekan ini.\n\nab/cd (Reuters)  \t\n\nBaca selengkapnya besok."))
                .doesNotContain("Reuters");
        assertThat(names("Banjir melanda Dhaka pekan ini.\n\nab/cd (Reuters) \u2028")).doesNotContain("Reuters");
    }

    @Test
    void anAgencyTheStoryNamesStays() {
        assertThat(names("Menurut Reuters, banjir melanda Dhaka. Laporan AFP (Agence France-Presse) menyebut hal serupa."))
                .contains("Reuters");
    }

    @Test
    void theWritersBracketedNameClosingTheStoryIsTheByline() {
        assertThat(names("Bupati Sleman Hadi Purnomo meresmikan pasar itu. Omzet pedagang naik 5 persen. (Rina Kartikasari)"))
                .contains("Hadi Purnomo").doesNotContain("Rina Kartikasari");
        assertThat(names("\"Kami siap,\" kata Hadi Purnomo di Sleman.(Bayu Adi Nugroho)")).doesNotContain("Bayu Adi Nugroho");
    }

    @Test
    void aBracketedNameAfterAnotherNameOrInTheStoryStays() {
        // a list's last line names a club after a player; a writer the story also names is the story's person
        assertThat(names("Pemain incaran klub itu: Andi Wijaya (Persikota Raya)")).contains("Andi Wijaya");
        assertThat(names("Rina Kartikasari memimpin rapat di Sleman. Rapat berjalan lancar. (Rina Kartikasari)"))
                .contains("Rina Kartikasari");
    }
}
