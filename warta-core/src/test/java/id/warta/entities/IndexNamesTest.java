package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name right after "indeks" is a market index's, no body; a country closing it is a place. Invented market news. */
class IndexNamesTest {
    @Test
    void anIndexNamesNoBodyItsCountryIsAPlace() {
        String text = "Bursa Asia dibuka melemah pagi ini. Indeks Kospi turun 1,2 persen, sementara indeks DAX Jerman "
                + "(+0,3%) ditutup naik tipis. Analis Rudi Hartono menilai investor masih menunggu data inflasi.";
        assertThat(named(text)).contains("Jerman/PLACE", "Rudi Hartono/PERSON")
                .noneMatch(n -> n.startsWith("DAX") || n.startsWith("Kospi"));
    }

    @Test
    void theOecdIsWrittenOut() {
        assertThat(named("Proyeksi OECD untuk pertumbuhan ekonomi dunia kembali dipangkas, kata Rudi Hartono."))
                .contains("Organisation for Economic Co-operation and Development/ORGANIZATION");
    }

    @Test
    void aBodyGivenAShortFormAfterIndeksStays() {
        String text = "Saham perbankan tertekan jelang penyesuaian indeks Lembaga Riset Pasar Global (LRPG). Menurut "
                + "LRPG, bobot saham Indonesia akan dikurangi, kata Rudi Hartono.";
        assertThat(named(text)).contains("Lembaga Riset Pasar Global/ORGANIZATION");
    }

    @Test
    void aBodyNotAfterIndeksStays() {
        String text = "Saham Bank Nusantara naik 3 persen setelah laporan keuangan dirilis, kata Rudi Hartono.";
        assertThat(named(text)).contains("Bank Nusantara/ORGANIZATION");
    }
}
