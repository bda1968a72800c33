package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An invented match report closing with both line-ups: the foreign players the tagger has never seen are people. */
class LineupNamesTest {
    private static List<String> people(String text) {
        return Entities.shipped().find(text).stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    }

    @Test
    void theMissedPlayersOfALineupArePeople() {
        List<String> people = people("""
                Persikota menang 2-1 atas Harimau Selatan di Stadion Benteng, Sabtu malam. Gol kemenangan dicetak Budi \
                Santoso pada menit ke-88. Susunan pemain Persikota: Andi Wijaya (PG); Bima Putra, Cahyo Nugroho, \
                Quillon Marvaux, Dedi Kurniawan; Eko Prasetyo (Fajar Ramadhan 70'), Trevane Oduya, Budi Santoso; \
                Gilang Saputra, Hendra Wijaya, Zorvik Telamane.""");
        assertThat(people).contains("Quillon Marvaux", "Trevane Oduya", "Zorvik Telamane", "Budi Santoso");
    }

    @Test
    void aListOfPlacesAfterAColonGainsNoPeople() {
        List<String> people = people("""
                Turnamen itu diikuti tim dari enam kota: Bandung, Surabaya, Medan, Makassar, Quillon Marvaux, Palembang. \
                Panitia menyiapkan hadiah bagi juara.""");
        assertThat(people).doesNotContain("Quillon Marvaux");
    }
}
