package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented gadget news: the colours a phone is sold in are no one's names; a person named Brown stays. */
class ColourNamesTest {
    @Test
    void colourListsAfterTheWordForColourAreNoNames() {
        assertThat(EntitiesRead.named("""
                Ponsel Nirwana X5 tersedia dalam tiga pilihan warna, yakni Misty Lagoon, Stellar Black, dan Coral \
                Dawn. Jam pintar itu hadir dalam warna Luna Grey."""))
                .noneMatch(n -> n.startsWith("Misty") || n.startsWith("Stellar") || n.startsWith("Coral") || n.startsWith("Luna"));
    }

    @Test
    void aColourClosingANameInASentenceAboutColours() {
        assertThat(EntitiesRead.named("""
                Pembeli dapat memilih satu dari 12 warna yang tersedia seperti Sunny Orange dan Deep Violet."""))
                .noneMatch(n -> n.startsWith("Sunny") || n.startsWith("Deep"));
    }

    @Test
    void aSurnameThatIsAColourStaysElsewhere() {
        assertThat(EntitiesRead.named("""
                Kepala ekonom Bank Sentosa, Harold Brown, mengatakan pasar masih berhati-hati."""))
                .contains("Harold Brown/PERSON");
    }

    @Test
    void theColourNamedAgainElsewhereGoesToo() {
        assertThat(EntitiesRead.named("""
                Jam pintar Sentosa W2 hadir dalam dua pilihan warna, yakni Misty Lagoon dan Stellar Black. Harga varian \
                Stellar Black dipatok Rp 3 juta."""))
                .noneMatch(n -> n.startsWith("Stellar") || n.startsWith("Misty"));
    }

    @Test
    void colourWordsListedInASentenceAboutColours() {
        assertThat(EntitiesRead.named("""
                Jam pintar Sentosa W3 menawarkan pilihan warna bodi dan tali yang modis, seperti Purple, Green, Silver, \
                hingga Black. Rose, Lisa, dan Jennie tampil dengan busana warna senada."""))
                .contains("Rose/PERSON")
                .noneMatch(n -> n.startsWith("Purple/") || n.startsWith("Silver/") || n.startsWith("Green/"));
    }
}
