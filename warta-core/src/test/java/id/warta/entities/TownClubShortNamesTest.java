package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented football news: a club named for its town goes by the word after the town. */
class TownClubShortNamesTest {
    @Test
    void theWordAfterTheTownIsTheClubsShortName() {
        List<Entity> found = Entities.shipped().find("""
                Newcastle United menang 2-0 atas Leicester City di kandang sendiri, Sabtu malam. Pelatih Yusuf Hartanto \
                mengatakan United bermain disiplin sejak menit pertama. Bos United, Rudi Gunawan, kabarnya sudah \
                menyiapkan bonus bagi para pemain.""");
        assertThat(found).noneMatch(e -> e.name().equals("United") || e.name().equals("City"));
        Entity club = found.stream().filter(e -> e.name().equals("Newcastle United")).findFirst().orElseThrow();
        assertThat(club.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(club.mentions()).extracting(Mention::text).contains("United");
    }

    @Test
    void aWordThatIsAPlaceStaysThePlace() {
        List<Entity> found = Entities.shipped().find("""
                Pemain asal Madrid itu resmi bergabung dengan Real Madrid pada Senin. Ia lahir dan besar di Madrid.""");
        assertThat(found).anyMatch(e -> e.name().equals("Madrid") && e.type() == EntityType.PLACE);
    }
}
