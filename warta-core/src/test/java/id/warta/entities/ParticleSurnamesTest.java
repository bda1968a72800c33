package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An invented transfer story: a keeper's surname opening with a capitalised particle, written alone, is the keeper. */
class ParticleSurnamesTest {
    private static final String TEXT = "Kiper Rodrigo De Valmera kembali absen dari skuat Atletico Sevilla. Pelatih Marco Tenaglia "
            + "menilai De Valmera belum siap bermain. De Valmera juga dikaitkan dengan klub lain sejak musim lalu. "
            + "Keinginan De Valmera untuk pindah membuat suasana ruang ganti tegang.";

    @Test
    void theSurnameWrittenAloneIsThePerson() {
        assertThat(EntitiesRead.named(TEXT)).contains("Rodrigo De Valmera/PERSON")
                .doesNotContain("De Valmera/ORGANIZATION", "Valmera/ORGANIZATION", "De Valmera/PLACE", "Valmera/PLACE");
    }
}
