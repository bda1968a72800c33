package id.warta.quotes;

import static id.warta.quotes.QuotesTest.indirectSpeakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code Budi (45), warga Desa X, Bandung Barat, mengaku}: the places after a description set off by commas are
 * where the one described lives or works; the name before the description speaks, not the last place.
 */
class HolderBeforePlacesTest {

    @Test
    void aNameWithItsAgeBeforeAResidentOfPlacesSpeaks() {
        assertThat(indirectSpeakers("""
                Budiman (45), warga Kelurahan Sukamaju, Bandung Barat, mengaku sempat senang usai mendengar kabar itu.
                """)).containsExactly("Budiman");
    }

    @Test
    void aNameBeforeAnOwnerOfABusinessAndItsTownSpeaks() {
        assertThat(indirectSpeakers("""
                Anton Wijaya, pemilik bengkel mobil Sinar Jaya, Sleman, mengatakan bahwa harga suku cadang naik lagi.
                """)).containsExactly("Anton Wijaya");
    }

    @Test
    void aNameBeforeACapitalisedTitleAndItsPlacesSpeaks() {
        assertThat(indirectSpeakers("""
                Rudi, Kepala Dusun II Mekarsari, Bogor, Jawa Barat, menyebut permasalahan sampah di dusunnya belum selesai.
                """)).containsExactly("Rudi");
    }

    @Test
    void aTitleAndTheNameAfterItStillSpeakAsBefore() {
        assertThat(indirectSpeakers("""
                Sementara itu, Kapolres Sleman, Budi Santoso, mengatakan bahwa pelaku sudah ditangkap di rumahnya.
                """)).containsExactly("Budi Santoso");
    }

    @Test
    void aNameBeforeTwoDescriptionsTheSecondEndingOnPlacesSpeaks() {
        assertThat(indirectSpeakers("""
                Sinta Dewi, seorang ibu rumah tangga (IRT), warga Desa Kotabaru, Kecamatan Bathin, Kabupaten Batanghari, Provinsi Jambi mengaku tertipu saat membeli gula.
                """)).containsExactly("Sinta Dewi");
    }

    @Test
    void aNameBeforeADescriptionAndASecondPlaceSetOffSpeaks() {
        assertThat(indirectSpeakers("""
                Bubun Sutarja, pemilik kios telur di Pasar Anyar, di bilangan Jalan Ciwaringin, mengatakan harga masih belum normal.
                """)).containsExactly("Bubun Sutarja");
    }

    @Test
    void aNameBeforeSomeoneNewDescribedWithWhereTheyWorkSpeaks() {
        assertThat(indirectSpeakers("""
                Rudi Hartanto, seorang Senior Product Support Engineer di Nexora, mengatakan bahwa ia baru saja kehilangan pekerjaannya.
                """)).containsExactly("Rudi Hartanto");
    }
}
