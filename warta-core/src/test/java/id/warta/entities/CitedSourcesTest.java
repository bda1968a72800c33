package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The site or journal a report is taken from is an outlet, no place; sentences written for this test. */
class CitedSourcesTest {
    @Test
    void aSiteAfterACitingVerbIsAnOutlet() {
        String text = "Temuan itu, seperti dilansir dari Futurism, mengejutkan para peneliti. Futurism menyebut komet itu langka.";
        assertThat(named(text)).contains("Futurism/ORGANIZATION").doesNotContain("Futurism/PLACE");
    }

    @Test
    void theOutletThatCitesMayStandBetween() {
        String text = "\"Kami terkejut,\" ucap Woods yang dikutip detikINET dari Sciencealert, Senin.";
        assertThat(named(text)).contains("Sciencealert/ORGANIZATION", "detikINET/ORGANIZATION");
    }

    @Test
    void aGatheringVerbCitesToo() {
        String text = "Jadwal rilis itu, seperti dihimpun detikINET dari Gamerant, belum berubah. Gamerant menyebut tanggalnya pasti.";
        assertThat(named(text)).contains("Gamerant/ORGANIZATION").doesNotContain("Gamerant/PLACE", "Gamerant/PERSON");
    }

    @Test
    void whereAStoryRanFirstIsAnOutlet() {
        String text = "Peta itu hanya gambaran kasar bumi. Berita ini telah ditayangkan oleh Kartini dengan judul: Peta Kita Keliru";
        assertThat(named(text)).contains("Kartini/ORGANIZATION").doesNotContain("Kartini/PERSON", "Kartini/PLACE");
    }

    @Test
    void aKnownPlaceOrAPersonStaysWhatItIs() {
        String text = "Kabar itu dikutip dari Jakarta oleh banyak media. Menurut Budi, yang mengutip Andi Wijaya, kabar itu benar.";
        assertThat(named(text)).contains("Jakarta/PLACE", "Andi Wijaya/PERSON");
    }

    @Test
    void theCueIsLookedForOnlyWhereOneOfItsWordsStands() {
        assertThat(CitedSources.mayHoldCue("kata dia, seperti DILANSIR dari ")).isTrue();
        assertThat(CitedSources.mayHoldCue("menurut Majalah ")).isTrue();
        assertThat(CitedSources.mayHoldCue("ia tiba di ")).isFalse();
    }
}
