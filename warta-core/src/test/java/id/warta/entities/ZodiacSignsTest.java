package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The signs of a horoscope article name no one; a sign's word elsewhere stays a name; sentences written for this test. */
class ZodiacSignsTest {
    @Test
    void theSignsOfAHoroscopeAreNoPeople() {
        List<String> names = named("""
                Zodiak yang Cocok Jadi Teman Liburan

                Zodiak Leo dikenal percaya diri dan senang menjadi pusat perhatian. Pasangan ideal bagi Virgo adalah orang
                yang sabar. Libra menyukai suasana yang harmonis, kata astrolog Rina Wulandari.""");
        assertThat(names).contains("Rina Wulandari/PERSON")
                .noneMatch(n -> n.startsWith("Leo/") || n.startsWith("Virgo/") || n.startsWith("Libra/"));
    }

    @Test
    void aSignsWordOutsideTheZodiacStaysAName() {
        List<String> names = named("""
                Ganda putra Leo Rolly Carnando melaju ke final setelah menang dua gim. Leo mengaku puas dengan permainannya.""");
        assertThat(names).contains("Leo Rolly Carnando/PERSON");
    }
}
