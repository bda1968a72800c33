package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewsAgenciesTest {
    @Test
    void theNameAfterAnAgencysDescriptionAndACommaIsAnOrganisation() {
        String text = "Ledakan terdengar di pelabuhan pada Selasa malam. Menurut kantor berita Iran, Kavir, dua gudang terbakar. "
                + "Laporan Kavir menyebut tidak ada korban jiwa.";
        assertThat(EntitiesRead.named(text)).contains("Kavir/ORGANIZATION").doesNotContain("Kavir/PERSON");
        assertThat(EntitiesRead.mentions(text, "Kavir")).hasSize(2);
    }

    @Test
    void theDescriptionMaySayWhoseAgencyItIs() {
        String text = "Situasi di kota itu kembali tenang, kata kantor berita negara Iran, Parsan. Warga mulai membuka toko.";
        assertThat(EntitiesRead.named(text)).contains("Parsan/ORGANIZATION");
    }

    @Test
    void theNameRightAfterTheLowerCaseWordsIsTheAgency() {
        String text = "Kantor berita Zamaneh melaporkan bahwa kapal itu ditahan di perairan Teluk.";
        assertThat(EntitiesRead.named(text)).contains("Zamaneh/ORGANIZATION").doesNotContain("Zamaneh/PERSON");
    }

    @Test
    void aDayOrAnAgencysOwnNameBeforeTheCommaNamesNoAgencyAfterIt() {
        String text = "Hal itu disampaikan dalam sebuah pernyataan, seperti dilansir kantor berita AFP, Kamis (28/5/2026).";
        assertThat(EntitiesRead.named(text)).noneMatch(n -> n.startsWith("Kamis"));
        String country = "Demikian dilaporkan kantor berita Iran pada Senin malam.";
        assertThat(EntitiesRead.named(country)).doesNotContain("Iran/ORGANIZATION");
    }
}
