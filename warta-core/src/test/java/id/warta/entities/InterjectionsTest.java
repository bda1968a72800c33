package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A word of prayer standing as its own sentence names nobody; sentences written for this test. */
class InterjectionsTest {
    @Test
    void aWordOfPrayerStandingAloneIsNoPerson() {
        List<String> names = named("""
                Warga berharap tim kesayangannya menang di final. Amin!

                "Amin," seru para pendukung di tribune. Ketua panitia, Amin Santoso, mengaku lega, kata Amin.""");
        assertThat(names).contains("Amin Santoso/PERSON").doesNotContain("Amin/PERSON");
    }
}
