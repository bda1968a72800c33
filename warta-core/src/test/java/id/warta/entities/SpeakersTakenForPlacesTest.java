package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A speaker after a quote whose given name is also a town's; sentences written for this test. */
class SpeakersTakenForPlacesTest {
    @Test
    void aTownsNameRightAfterAQuoteAndItsVerbIsTheSpeaker() {
        String text = "Harga beras di pasar itu turun. \"Stok kami cukup sampai akhir tahun,\" kata Busan dalam rapat di Bandung, "
                + "Senin. \"Tidak perlu khawatir,\" ujar Guntur, Senin.";
        assertThat(EntitiesRead.named(text)).contains("Busan/PERSON", "Guntur/PERSON", "Bandung/PLACE")
                .doesNotContain("Busan/PLACE", "Guntur/PLACE");
    }

    @Test
    void aCountryAfterAQuoteStaysAPlaceAndSoDoesAWordOfALanguage() {
        String text = "Serangan itu dikecam banyak negara. \"Kami tidak akan mundur,\" kata Israel dalam pernyataannya. "
                + "Istilah itu berasal dari kata Yunani yang berarti meniru.";
        assertThat(EntitiesRead.named(text)).contains("Israel/PLACE").doesNotContain("Israel/PERSON", "Yunani/PERSON");
    }
}
