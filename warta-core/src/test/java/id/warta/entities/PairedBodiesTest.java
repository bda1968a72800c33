package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two bodies joined by "dan" before the abbreviation of the second; sentences written for this test. */
class PairedBodiesTest {
    private static Found at(String text, String name) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), EntityType.ORGANIZATION, "model");
    }

    private static List<String> surfaces(String text, List<Found> found) {
        return found.stream().map(f -> f.textIn(text)).toList();
    }

    @Test
    void anAbbreviationSpellingTheSecondBodyCutsThePairInTwo() {
        String text = "Audit dilakukan bersama Dewan Etik Profesi dan Lembaga Sertifikasi Guru Nasional (LSGN) pekan lalu.";
        List<Found> found = List.of(at(text, "Dewan Etik Profesi dan Lembaga Sertifikasi Guru Nasional"));
        assertThat(surfaces(text, PairedBodies.split(text, found)))
                .containsExactly("Dewan Etik Profesi", "Lembaga Sertifikasi Guru Nasional");
    }

    @Test
    void aBodyWhoseNameHoldsDanStaysWhole() {
        String text = "Badan Pengawas Obat dan Makanan (BPOM) serta Dinas Pemuda dan Olahraga (Dispora) menggelar razia.";
        List<Found> found = List.of(at(text, "Badan Pengawas Obat dan Makanan"), at(text, "Dinas Pemuda dan Olahraga"));
        assertThat(PairedBodies.split(text, found)).isEqualTo(found);
    }

    @Test
    void thePairIsTwoBodiesOfTheArticle() {
        String text = "Audit dilakukan bersama Dewan Etik Profesi dan Lembaga Sertifikasi Guru Nasional (LSGN) pekan lalu. "
                + "Menurut LSGN, izin praktik bisa dibekukan.";
        assertThat(Entities.shipped().find(text).stream().map(e -> e.name()).toList())
                .contains("Dewan Etik Profesi", "Lembaga Sertifikasi Guru Nasional")
                .doesNotContain("Dewan Etik Profesi dan Lembaga Sertifikasi Guru Nasional");
    }
}
