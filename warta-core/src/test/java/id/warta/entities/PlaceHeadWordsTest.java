package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A desert's head word and the short "Kab." open places; invented travel and election news. */
class PlaceHeadWordsTest {
    @Test
    void aDesertWithAndWithoutItsHeadIsOnePlace() {
        String text = "Suhu di Gurun Tamarit turun drastis pekan ini. Warga di tepi Tamarit jarang melihat embun beku, "
                + "kata Rudi Hartono.";
        assertThat(named(text)).contains("Gurun Tamarit/PLACE").doesNotContain("Tamarit/PLACE");
    }

    @Test
    void kabOpensARegency() {
        String text = "Empat daerah menyusul, yaitu Kab. Wonoreja dengan 3 pasangan calon dan Kab. Sumberjati dengan "
                + "2 pasangan calon, kata Rudi Hartono.";
        assertThat(named(text)).contains("Kab. Wonoreja/PLACE", "Kab. Sumberjati/PLACE")
                .noneMatch(n -> n.endsWith("/ORGANIZATION"));
    }
}
