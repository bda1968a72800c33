package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartySensesTest {
    @Test
    void anAbbreviationListedBesideAPartyIsTheParty() {
        String text = "Pasangan Andi dan Rahmat yang diusung PAN, PKB dan PBB mendapat nomor urut dua. "
                + "Ketua PBB setempat hadir saat pengundian.";
        assertThat(EntitiesRead.named(text)).contains("Partai Bulan Bintang/ORGANIZATION")
                .doesNotContain("Perserikatan Bangsa-Bangsa/ORGANIZATION");
        assertThat(EntitiesRead.mentions(text, "Partai Bulan Bintang")).containsExactly("PBB", "PBB");
    }

    @Test
    void elsewhereItStaysTheUnitedNations() {
        String text = "Sekretaris Jenderal PBB menyerukan gencatan senjata di Gaza pada Senin.";
        assertThat(EntitiesRead.named(text)).contains("Perserikatan Bangsa-Bangsa/ORGANIZATION");
    }
}
