package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nicknames saying a syllable twice ({@code Gaga}, {@code Nana}); sentences written for this test. */
class DoubledSyllableNicknamesTest {
    private static List<String> mentionsOf(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).flatMap(e -> e.mentions().stream())
                .map(Mention::text).toList();
    }

    @Test
    void theNicknameIsThePersonWhoseNameBearsTheSyllable() {
        List<Entity> entities = Entities.shipped().find("""
                Peneliti muda Ratna Kusumawati meraih penghargaan internasional bidang geologi. Nana, demikian sapaan \
                akrabnya, adalah dosen di sebuah kampus negeri.""");
        assertThat(mentionsOf(entities, "Ratna Kusumawati")).contains("Nana");
    }

    @Test
    void itIsNotThePersonNamedLastWhenNoWordOfThatNameBearsIt() {
        List<Entity> entities = Entities.shipped().find("""
                Wakil Indonesia tersingkir di perempatfinal. Ia kalah dari pemain Taiwan, Lin Mei Hua, dalam tiga gim. \
                Gaga, sapaan karibnya, mengaku kecewa dengan permainannya sendiri.""");
        assertThat(mentionsOf(entities, "Lin Mei Hua")).containsExactly("Lin Mei Hua");
    }
}
