package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A given name the tagger left off a full name, which the article later calls the person by; invented news. */
class GivenNamesLeftOffTest {
    @Test
    void theWordThePersonGoesByLaterOpensTheName() {
        String text = "Ganda putra Indonesia, Sabar Wiryawan Gutomo/Budi Hartono, kalah di babak pertama. "
                + "Kekalahan Sabar/Budi memastikan Indonesia tersingkir.";
        assertThat(named(text)).contains("Sabar Wiryawan Gutomo/PERSON").doesNotContain("Wiryawan Gutomo/PERSON", "Sabar/PERSON");
    }

    @Test
    void aWordAfterATitleOpensNoName() {
        String text = "Dalam sidang penutup, pengacara Musk Steven Morello mengatakan kliennya siap. "
                + "Musk belum berkomentar.";
        assertThat(named(text)).contains("Steven Morello/PERSON").doesNotContain("Musk Steven Morello/PERSON");
    }
}
