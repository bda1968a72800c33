package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An invented practice report: riders' surnames after "dari" and after the particle "Di" are the riders, no places. */
class SurnamesTakenForPlacesTest {
    private static final String TEXT = "Sesi latihan di Sirkuit Mugello berjalan ketat. Hugo Bertrand dari Prancis mematahkan "
            + "dominasi Fabio Di Lorenzini yang memimpin sejak awal. Waktu terbaik Di Lorenzini unggul 0,3 detik dari "
            + "Bertrand. Di akhir sesi, Bertrand masih tertinggal dari Di Lorenzini.";

    @Test
    void theSurnamesJoinTheirRiders() {
        assertThat(EntitiesRead.named(TEXT)).contains("Fabio Di Lorenzini/PERSON", "Hugo Bertrand/PERSON", "Prancis/PLACE")
                .doesNotContain("Bertrand/PLACE", "Lorenzini/PLACE", "Fabio/PERSON");
    }
}
