package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ministries the news names by their short forms alone, undefined in the article; sentences written for this test. */
class MinistryShortFormsTest {
    @Test
    void aMinistrysShortFormAloneIsTheMinistryWrittenOut() {
        String text = "Dana riset di Kemenristekdikti cukup besar, tetapi hasilnya belum terasa. "
                + "Sementara itu Kemendikdasmen menyiapkan kurikulum baru dan Kemenbud mendata cagar budaya di Sleman.";
        assertThat(named(text)).contains("Kementerian Riset, Teknologi, dan Pendidikan Tinggi/ORGANIZATION",
                "Kementerian Pendidikan Dasar dan Menengah/ORGANIZATION", "Kementerian Kebudayaan/ORGANIZATION");
    }
}
