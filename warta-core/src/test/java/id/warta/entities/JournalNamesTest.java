package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A journal named after "jurnal" is an organisation; sentences written for this test. */
class JournalNamesTest {
    @Test
    void theWordsAfterJurnalNameAJournal() {
        String text = "Temuan itu dimuat dalam jurnal Nature Astronomy pekan lalu. Riset lain terbit di Jurnal Teknologi "
                + "Pangan Nusantara tahun 2023 dan di jurnal Frontiers in Immunology.";
        assertThat(named(text)).contains("Nature Astronomy/ORGANIZATION", "Jurnal Teknologi Pangan Nusantara/ORGANIZATION",
                "Frontiers in Immunology/ORGANIZATION").doesNotContain("Nature Astronomy/PERSON");
    }

    @Test
    void aWeekdayAfterTheNameIsNoPartOfIt() {
        String text = "Hasilnya diterbitkan di jurnal Science Advances Senin (12/5/2025) lalu.";
        assertThat(named(text)).contains("Science Advances/ORGANIZATION").noneMatch(n -> n.contains("Senin"));
    }

    @Test
    void aLowerCaseJournalNamesNone() {
        assertThat(named("Ia rajin menulis jurnal ilmiah dan jurnal harian sejak kuliah di Bandung."))
                .noneMatch(n -> n.endsWith("/ORGANIZATION"));
    }

    @Test
    void anIndonesianJournalsNameGoesOnPastDan() {
        String text = "Kajian itu dimuat dalam Jurnal Pertanian dan Ketahanan Pangan edisi terbaru. Dua riset lain terbit "
                + "di jurnal Nature dan Science tahun lalu.";
        assertThat(named(text)).contains("Jurnal Pertanian dan Ketahanan Pangan/ORGANIZATION")
                .doesNotContain("Jurnal Pertanian/ORGANIZATION", "Nature dan Science/ORGANIZATION");
    }

    @Test
    void theWordsAfterMajalahNameAMagazine() {
        String text = "Tulisannya dimuat di Majalah Cakrawala Sains bulan lalu. Daftar orang terkaya itu dirilis majalah "
                + "Fortuna pekan ini.";
        assertThat(named(text)).contains("Majalah Cakrawala Sains/ORGANIZATION", "Fortuna/ORGANIZATION");
    }
}
