package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A military command's name is a body's, whatever the tagger made of it; sentences written for this test. */
class MilitaryCommandsTest {
    @Test
    void aCommandIsABodyNoPlaceNorPerson() {
        String text = "Polda Sumatera Barat bekerja sama dengan Kodam Bukit Barisan dan Kodim Padang menjaga perbatasan. "
                + "Warga melapor ke Koramil Lembah Hijau.";
        assertThat(named(text)).contains("Kodam Bukit Barisan/ORGANIZATION", "Kodim Padang/ORGANIZATION")
                .noneMatch(n -> n.startsWith("Kod") && !n.endsWith("/ORGANIZATION"))
                .noneMatch(n -> n.startsWith("Koramil") && !n.endsWith("/ORGANIZATION"));
    }

    @Test
    void theCommandStaysApartFromTheBodyAfterDan() {
        String text = "Polda Metro Jaya bekerja sama dengan Kodam Jaya dan Mabes Polri menyelidiki temuan itu.";
        assertThat(named(text)).contains("Kodam Jaya/ORGANIZATION").noneMatch(n -> n.startsWith("Kodam Jaya dan"));
    }
}
