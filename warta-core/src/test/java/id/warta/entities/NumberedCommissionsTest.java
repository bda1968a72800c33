package id.warta.entities;

import static id.warta.entities.EntitiesRead.mentions;
import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A parliament's commission called by its number alone; sentences written for this test. */
class NumberedCommissionsTest {
    @Test
    void theBareCommissionIsTheOneNamedWithItsParliament() {
        String text = "Komisi II DPR RI menggelar rapat dengan penyelenggara pemilu di Senayan, Jakarta, Rabu. "
                + "Anggota Komisi II kemudian mempertanyakan anggaran logistik.";
        assertThat(mentions(text, "Komisi II DPR RI")).contains("Komisi II");
        assertThat(named(text)).doesNotContain("Komisi II/ORGANIZATION");
    }

    @Test
    void twoParliamentsCommissionsOfOneNumberLeaveTheBareOneApart() {
        String text = "Komisi II DPR RI dan Komisi II DPRD Jawa Barat menggelar rapat bersama di Bandung, Rabu. "
                + "Anggota Komisi II kemudian mempertanyakan anggaran logistik.";
        assertThat(mentions(text, "Komisi II DPR RI")).doesNotContain("Komisi II");
    }
}
