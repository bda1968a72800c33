package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented event news: a venue named with its town last is the venue in that town, two places. */
class TownsInVenuesTest {
    @Test
    void theTownClosingAVenuesNameIsAPlaceOfItsOwn() {
        List<String> named = EntitiesRead.named("""
                Pelantikan pengurus koperasi berlangsung di Hotel Pelangi Biru Makassar, Senin (8/2/2027). \
                Ketua koperasi Andi Rahmat memimpin acara itu.""");
        assertThat(named).contains("Hotel Pelangi Biru/PLACE", "Makassar/PLACE");
    }

    @Test
    void aVenueNamedAfterItsTownStaysWhole() {
        List<String> named = EntitiesRead.named("Presiden menerima tamu negara di Istana Bogor, kata Sari Dewi.");
        assertThat(named).contains("Istana Bogor/PLACE").doesNotContain("Bogor/PLACE");
    }

    @Test
    void aRegionsNameIsNoVenue() {
        List<String> named = EntitiesRead.named("Banjir melanda Kabupaten Bandung Barat sejak Minggu, kata Joko Susilo.");
        assertThat(named).anyMatch(n -> n.contains("Bandung Barat")).doesNotContain("Barat/PLACE");
    }
}
