package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented match reports: a club's short name is the club, one body with its full name. */
class ClubShortNamesTest {
    @Test
    void barcaIsBarcelona() {
        assertThat(EntitiesRead.named("""
                Barcelona resmi memperpanjang kontrak gelandang mudanya. Presiden klub mengatakan sang pemain ingin \
                bertahan lama di Barca."""))
                .contains("Barcelona/ORGANIZATION").noneMatch(n -> n.startsWith("Barca/"));
    }

    @Test
    void aClubNamedOnlyByItsListedShortNameIsKept() {
        assertThat(EntitiesRead.named("""
                Tim promosi itu siap memberi kejutan kepada Persija pada laga pembuka. Pelatihnya, Budi Santoso,                 juga mewaspadai Persib di laga berikutnya."""))
                .contains("Persija Jakarta/ORGANIZATION", "Persib Bandung/ORGANIZATION", "Budi Santoso/PERSON");
    }

    @Test
    void aLongerClubNameBuiltOnAShortOneIsAnotherClub() {
        assertThat(EntitiesRead.named("""
                Grup A diisi Persib, Persebaya, Persiba, dan Martapura FC. Pelatih Budi Santoso menyebut grup itu berat."""))
                .contains("Persib Bandung/ORGANIZATION").anyMatch(n -> n.startsWith("Persiba"));
    }
}
