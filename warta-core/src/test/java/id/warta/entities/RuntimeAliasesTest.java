package id.warta.entities;

import static id.warta.entities.EntitiesRead.mentions;
import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies the news names by their abbreviation alone, written out by aliases-runtime.tsv; sentences written for this test. */
class RuntimeAliasesTest {
    @Test
    void aBodysAbbreviationAloneIsTheBodyWrittenOut() {
        String text = "Temuan itu dilaporkan ke KPK, Kejaksaan hingga ICW pekan lalu. Menurut PPATK, aliran dana mencapai puluhan miliar.";
        assertThat(named(text)).contains("Indonesia Corruption Watch/ORGANIZATION",
                "Pusat Pelaporan dan Analisis Transaksi Keuangan/ORGANIZATION");
    }

    @Test
    void theBodyWrittenOutAndItsAbbreviationAreOne() {
        String text = "Peneliti Indonesia Corruption Watch (ICW) Rina Kusuma menilai vonis itu ringan. ICW akan menyurati hakim.";
        assertThat(mentions(text, "Indonesia Corruption Watch")).containsExactly("Indonesia Corruption Watch", "ICW", "ICW");
        assertThat(named(text)).doesNotContain("Indonesia/PLACE");
    }

    @Test
    void aLowerCaseWordIsNoAbbreviation() {
        assertThat(named("Warga Desa Sukamaju menanam padi, bukan icw atau ppatk.")).doesNotContain(
                "Indonesia Corruption Watch/ORGANIZATION", "Pusat Pelaporan dan Analisis Transaksi Keuangan/ORGANIZATION");
    }
}
