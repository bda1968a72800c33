package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented airport and road news: a body's or place's name goes on over a hyphen written without spaces. */
class HyphenedTailsTest {
    @Test
    void aNameOfTwoWordsGoesOnOverItsHyphen() {
        List<String> named = EntitiesRead.named("""
                Petugas Polres Bandara Soekarno-Hatta menahan dua penumpang, Senin. Antrean kendaraan di Jalan Tol \
                Jakarta-Cikampek mengular sejak pagi, kata Dedi Kurniawan.""");
        assertThat(named).contains("Polres Bandara Soekarno-Hatta/ORGANIZATION")
                .noneMatch(n -> n.startsWith("Hatta/"));
    }

    @Test
    void aRouteBetweenTwoTownsStaysTwoPlaces() {
        List<String> named = EntitiesRead.named("Maskapai itu membuka rute Medan-Padang mulai Juni, kata Sinta Dewi.");
        assertThat(named).noneMatch(n -> n.startsWith("Medan-Padang/"));
    }

    @Test
    void aRoadsSectionAfterTheTailEndsNeitherTheRoadNorAPlace() {
        List<String> named = EntitiesRead.named("""
                Kontraktor itu merampungkan gerbang di Jalan Tol Lahat-Pagaralam Seksi 2 pekan ini. Warga menunggu \
                ruas Lahat-Tebing Seksi 1 dibuka, kata Rudi Hartawan.""");
        assertThat(named).contains("Jalan Tol Lahat-Pagaralam/PLACE")
                .noneMatch(n -> n.contains("Seksi"));
    }
}
