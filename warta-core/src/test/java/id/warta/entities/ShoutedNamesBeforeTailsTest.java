package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShoutedNamesBeforeTailsTest {
    @Test
    void aCommonWordInCapitalsBeforeABodysTailIsOneOrganisation() {
        String text = "Peneliti SETARA Institute, Budi Hartono, merilis indeks kota toleran. "
                + "Laporan itu dibuat bersama MAJU Foundation di Jakarta.";
        assertThat(EntitiesRead.named(text)).contains("SETARA Institute/ORGANIZATION", "MAJU Foundation/ORGANIZATION");
    }

    @Test
    void aHeadlineInCapitalsIsLeftAlone() {
        String text = "WARGA KAMI GROUP BERTEMU DI BALAI DESA";
        assertThat(EntitiesRead.named(text)).noneMatch(n -> n.contains("Group") || n.contains("GROUP"));
    }
}
