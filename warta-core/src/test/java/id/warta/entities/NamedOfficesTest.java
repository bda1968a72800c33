package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Government offices the tagger typed as places or cut; sentences written for this test. */
class NamedOfficesTest {
    @Test
    void thePresidentsStaffOfficeIsABodyInBothItsNames() {
        assertThat(EntitiesRead.named("Tenaga Ahli Utama Kantor Staf Kepresidenan menyebut program itu berjalan baik."))
                .contains("Kantor Staf Kepresidenan/ORGANIZATION").doesNotContain("Kantor Staf Kepresidenan/PLACE");
        assertThat(EntitiesRead.named("Laporan itu sudah diterima di Kantor Staf Presiden pekan lalu."))
                .contains("Kantor Staf Presiden/ORGANIZATION");
    }

    @Test
    void theMiningDirectorateGeneralIsNotCutAtBatuBara() {
        assertThat(EntitiesRead.named("Menurut Direktorat Jenderal Mineral dan Batu Bara, produksi tahun ini naik tipis."))
                .contains("Direktorat Jenderal Mineral dan Batu Bara/ORGANIZATION").doesNotContain("Batu Bara/PLACE");
    }
}
