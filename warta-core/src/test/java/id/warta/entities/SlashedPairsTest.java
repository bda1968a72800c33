package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented badminton news: two people joined by a slash, a doubles pair, are both people. */
class SlashedPairsTest {
    private static List<String> people(String text) {
        return Entities.shipped().find(text).stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    }

    @Test
    void bothPartnersOfADoublesPairArePeople() {
        List<String> people = people("""
                Ganda putri Korea Selatan, Baek Ha Na/Lee So Hee, menang atas Ayu Lestari/Rina Putri dalam dua gim. \
                Ana/Tiwi akan bertemu Lee Yu Rim/Kim Won Ho di babak berikutnya.""");
        assertThat(people).contains("Baek Ha Na", "Lee So Hee", "Ayu Lestari", "Rina Putri", "Tiwi", "Lee Yu Rim", "Kim Won Ho");
    }

    @Test
    void aWordDescribingThePairIsNoName() {
        List<String> people = people("Di babak kedua, Pasangan Dimas/Yoga Pratama menang mudah atas wakil tuan rumah.");
        assertThat(people).noneMatch(p -> p.contains("Pasangan"));
    }
}
