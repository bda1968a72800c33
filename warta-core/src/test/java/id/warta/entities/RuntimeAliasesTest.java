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

    @Test
    void bodiesAndPlatformsTheNewsNamesShortAreFound() {
        String text = "Ketua Umum PBSI menemui pejabat BPJPH di Jakarta. Ekonom Indef, Sari Wulandari, menilai risalah FOMC "
                + "menekan rupiah, sementara unggahan di Threads dan Truth Social ramai dibagikan.";
        assertThat(named(text)).contains("Persatuan Bulu Tangkis Seluruh Indonesia/ORGANIZATION",
                "Badan Penyelenggara Jaminan Produk Halal/ORGANIZATION",
                "Institute for Development of Economics and Finance/ORGANIZATION",
                "Federal Open Market Committee/ORGANIZATION", "Threads/ORGANIZATION", "Truth Social/ORGANIZATION");
    }

    @Test
    void theFedsOtherNamesAreTheFed() {
        String text = "Pasar menanti keputusan Bank Sentral Amerika Serikat (The Fed) pekan depan. Analis menilai The Federal Reserve "
                + "akan menahan suku bunga.";
        assertThat(named(text)).containsOnlyOnce("Federal Reserve/ORGANIZATION")
                .doesNotContain("Bank Sentral Amerika Serikat/ORGANIZATION", "The Federal Reserve/ORGANIZATION");
    }

    @Test
    void theFedInLowerCaseAndTheLandMinistrysShortFormAreWrittenOut() {
        String text = "Kenaikan suku bunga the Fed menekan rupiah, kata ekonom Sari Wulandari. Kementerian ATR/BPN menyurati "
                + "pengadilan soal sengketa lahan itu.";
        assertThat(named(text)).contains("Federal Reserve/ORGANIZATION",
                        "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional/ORGANIZATION")
                .doesNotContain("Kementerian ATR/ORGANIZATION");
    }

    @Test
    void aFirmOpeningWithAPlacesNameIsTheFirm() {
        String text = "Laba PT Amman Mineral Internasional Tbk turun, sementara Amman Mineral Nusa Tenggara menunda ekspor. "
                + "Kedutaan di Amman, Yordania, memantau.";
        assertThat(named(text)).contains("Amman Mineral Nusa Tenggara/ORGANIZATION", "Amman/PLACE")
                .anyMatch(n -> n.contains("Amman Mineral Internasional") && n.endsWith("/ORGANIZATION"));
    }
    @Test
    void aTownOpeningWithAnArticleIsAPlace() {
        String text = "Balapan digelar di Sirkuit Bugatti, Le Mans, Prancis, Minggu. Bagi pebalap muda itu, Le Mans bukan sirkuit asing.";
        assertThat(named(text)).contains("Le Mans/PLACE").doesNotContain("Le Mans/PERSON");
    }
    @Test
    void aCountrysFullNameIsTheCountry() {
        String text = "Seorang WN Brunei Darussalam ditemukan tewas di Jakarta. Kedutaan Brunei di Jakarta sudah dihubungi.";
        assertThat(named(text)).containsOnlyOnce("Brunei/PLACE").doesNotContain("Brunei Darussalam/ORGANIZATION");
    }

    @Test
    void aClubsNicknameIsTheClub() {
        String text = "Arsenal menjamu Everton di Emirates, Sabtu malam. The Gunners unggul cepat lewat sundulan Rudi Santoso, "
                + "tetapi The Toffees menyamakan kedudukan. Pekan depan The Red Devils bertandang ke Stamford Bridge.";
        assertThat(mentions(text, "Arsenal")).containsExactly("Arsenal", "The Gunners");
        assertThat(mentions(text, "Everton")).containsExactly("Everton", "The Toffees");
        assertThat(named(text)).contains("Arsenal/ORGANIZATION", "Everton/ORGANIZATION", "Manchester United/ORGANIZATION",
                "Stamford Bridge/PLACE").doesNotContain("The Gunners/ORGANIZATION", "The Toffees/ORGANIZATION");
    }

    @Test
    void aBankInEverySpellingIsTheBank() {
        String text = "Pemerintah kembali menunjuk JP Morgan sebagai dealer utama surat utang. Kepala riset JPMorgan di Jakarta, "
                + "Rina Lestari, menilai pasar obligasi stabil. Menurut laporan dari Mundo Deportivo, pemain itu akan pindah.";
        assertThat(named(text)).contains("JPMorgan Chase/ORGANIZATION", "Mundo Deportivo/ORGANIZATION")
                .noneMatch(n -> n.contains("Morgan") && !n.endsWith("/ORGANIZATION"));
    }

    @Test
    void uncleSamIsTheUnitedStatesNotAPerson() {
        String text = "Rupiah melemah pagi ini. Mata uang Paman Sam naik 0,2% terhadap rupiah, sementara Paman Sam menahan tarif impor.";
        assertThat(named(text)).contains("Amerika Serikat/PLACE").doesNotContain("Paman Sam/PERSON");
    }

    @Test
    void theMarketDataVendorCitedByItsInitialsIsABody() {
        String text = "Berdasarkan data RTI, indeks saham ditutup melemah 12 poin pada sesi pertama. Mengutip RTI, investor asing "
                + "mencatat jual bersih.";
        assertThat(named(text)).contains("RTI/ORGANIZATION");
    }
}
