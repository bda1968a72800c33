package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A listed kind of institution with words specialising it before the bracket; sentences written for this test. */
class SpecialisedKindsTest {
    @Test
    void aHospitalOfASpecialismIsOneNameWithItsOwnName() {
        String text = "Korban dirujuk ke Rumah Sakit Penyakit Infeksi (RSPI) Bambang Sutrisno untuk diperiksa, kata petugas.";
        assertThat(named(text)).contains("Rumah Sakit Penyakit Infeksi Bambang Sutrisno/PLACE")
                .doesNotContain("Bambang Sutrisno/PERSON");
    }
}
