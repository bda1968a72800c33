package id.warta.entities;

import static id.warta.entities.EntitiesRead.mentions;
import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body's abbreviation then its place in other words names the branch defined with the place; sentences written for this test. */
class BranchesInOtherWordsTest {
    @Test
    void theProvincesOtherNameIsTheSameBranch() {
        String text = "Ketua Forum Kerukunan Warga Pesisir (FKWP) Jawa Tengah Budi Santoso meminta bantuan. FKWP Jateng sudah mengirim surat.";
        assertThat(mentions(text, "Forum Kerukunan Warga Pesisir Jawa Tengah")).contains("FKWP Jateng");
        assertThat(named(text)).doesNotContain("FKWP Jateng/ORGANIZATION");
    }

    @Test
    void theTownWithoutItsLevelWordIsTheSameBranch() {
        String text = "Dinas Kebudayaan dan Pariwisata (Disbudpar) Kabupaten Garut menggelar festival. Kepala Disbudpar Garut, "
                + "Rudi Hartono, hadir.";
        assertThat(mentions(text, "Dinas Kebudayaan dan Pariwisata Kabupaten Garut")).contains("Disbudpar Garut");
        assertThat(named(text)).doesNotContain("Disbudpar Garut/ORGANIZATION");
    }

    @Test
    void anotherPlaceIsAnotherBranch() {
        String text = "Dinas Kebudayaan dan Pariwisata (Disbudpar) Kabupaten Garut menggelar festival bersama Disbudpar Tasikmalaya.";
        assertThat(named(text)).contains("Disbudpar Tasikmalaya/ORGANIZATION");
    }
}
