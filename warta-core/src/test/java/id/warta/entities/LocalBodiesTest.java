package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalBodiesTest {
    @Test
    void aBareDistrictCourtIsTheOneBranchTheArticleNames() {
        String text = "Terdakwa menjalani sidang perdana di PN Makassar, Senin (3/3/2025). "
                + "Juru bicara PN menyebut putusan akan dibacakan pekan depan.";
        assertThat(EntitiesRead.named(text)).contains("Pengadilan Negeri Makassar/ORGANIZATION")
                .doesNotContain("Pengadilan Negeri/ORGANIZATION");
        assertThat(EntitiesRead.mentions(text, "Pengadilan Negeri Makassar")).containsExactly("PN Makassar", "PN");
    }

    @Test
    void twoBranchesLeaveTheBareCourtApart() {
        String text = "Perkara itu dilimpahkan dari PN Makassar ke PN Gowa pada Senin (3/3/2025). "
                + "Juru bicara PN menyebut berkas sudah lengkap.";
        assertThat(EntitiesRead.named(text)).contains("Pengadilan Negeri Makassar/ORGANIZATION", "Pengadilan Negeri Gowa/ORGANIZATION");
        assertThat(EntitiesRead.mentions(text, "Pengadilan Negeri Makassar")).containsExactly("PN Makassar");
    }

    @Test
    void theBranchKeepsItsNameWhenTheBareCourtIsWrittenBothWays() {
        String text = "Sidang kasus suap digelar di Pengadilan Tipikor Semarang, Senin (3/3/2025). Majelis hakim Pengadilan Tindak "
                + "Pidana Korupsi menunda sidang. Hakim Pengadilan Tipikor meminta jaksa menghadirkan saksi.";
        assertThat(EntitiesRead.named(text)).contains("Pengadilan Tindak Pidana Korupsi Semarang/ORGANIZATION")
                .doesNotContain("Pengadilan Tindak Pidana Korupsi/ORGANIZATION");
    }
}
