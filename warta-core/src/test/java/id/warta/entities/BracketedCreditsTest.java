package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bracketed credit of an outlet and its writer after a sentence's stop names no entity; sentences written for this test. */
class BracketedCreditsTest {
    @Test
    void anOutletAndItsWriterInBracketsAfterAStopAreACredit() {
        String text = "Kota itu dikenal karena pasar apungnya yang ramai sejak subuh. (Gelora/Rina Sari) Kisah ini juga dimuat "
                + "di laman lain. Hujan deras mengguyur Kota Banjarmasin, Senin.";
        assertThat(named(text)).noneMatch(n -> n.startsWith("Rina Sari/") || n.startsWith("Gelora/"))
                .anyMatch(n -> n.contains("Banjarmasin/PLACE"));
    }

    @Test
    void aSlashInsideASentenceIsNoCredit() {
        String text = "Laga Persik melawan Persebaya (Persik/Persebaya) digelar di Kediri. Bupati Hanindhito Himawan hadir.";
        assertThat(named(text)).anyMatch(n -> n.startsWith("Hanindhito Himawan/PERSON")).anyMatch(n -> n.startsWith("Kediri/"));
    }
}
