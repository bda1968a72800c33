package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented parliament news: a building named after the body it houses is a place, and the body stays named. */
class BodyBuildingsTest {
    @Test
    void aBuildingNamedAfterABodyIsAPlaceBesidesTheBody() {
        List<String> named = EntitiesRead.named("""
                Rapat dengar pendapat soal anggaran pupuk digelar di Gedung DPR, Jakarta, Kamis (4/3/2027). \
                "Kami minta data yang lengkap," kata Sutrisno Hadi seusai rapat.""");
        assertThat(named).contains("Gedung DPR/PLACE").anyMatch(n -> n.startsWith("Dewan Perwakilan Rakyat/ORG"));
    }

    @Test
    void aBuildingOfItsOwnNameStaysOnePlace() {
        List<String> named = EntitiesRead.named("Pameran batik dibuka di Gedung Sate, Bandung, oleh Wulan Sari.");
        assertThat(named).contains("Gedung Sate/PLACE").noneMatch(n -> n.startsWith("Sate/"));
    }

    @Test
    void anOfficeBeforeABodyIsTheBodyAlone() {
        List<String> named = EntitiesRead.named("\"Stok aman,\" kata Rudi Santoso di Kantor Pertamina, Jakarta Pusat.");
        assertThat(named).noneMatch(n -> n.startsWith("Kantor Pertamina/PLACE"));
    }
}
