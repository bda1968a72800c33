package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A military command's name is a body's, whatever the tagger made of it; sentences written for this test. */
class MilitaryCommandsTest {
    private static List<String> named(String text) {
        return Entities.shipped().find(text).stream().map(e -> e.name() + "/" + e.type()).toList();
    }

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
