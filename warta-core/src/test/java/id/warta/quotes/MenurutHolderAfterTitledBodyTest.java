package id.warta.quotes;

import static id.warta.quotes.QuotesTest.indirectSpeakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code Menurut mantan Ketua Harian PP X, Budi Santoso, ...}: a title naming its body or place, then its holder's
 * full name set off by commas: the holder says what follows, not the body or the place in the title.
 */
class MenurutHolderAfterTitledBodyTest {

    @Test
    void theHolderSetOffAfterATitleWithItsBodySpeaks() {
        assertThat(indirectSpeakers("""
                Menurut mantan Ketua Harian PP Karatedo Nusantara, Syahril Osman, tim karate itu datang dengan persiapan matang.
                """)).containsExactly("Syahril Osman");
    }

    @Test
    void theHolderSetOffAfterADescriptionWithItsPlaceSpeaks() {
        assertThat(indirectSpeakers("""
                Menurut pelaku wisata Bromo Kabupaten Probolinggo, Umar Fadli, embun beku muncul akibat cuaca dingin.
                """)).containsExactly("Umar Fadli");
    }

    @Test
    void aTitledNameWithoutAHolderAfterItSpeaksAsBefore() {
        assertThat(indirectSpeakers("""
                Menurut Ketua KPU Hasyim Santoso, pemilu tetap digelar sesuai jadwal, meski anggaran belum turun.
                """)).containsExactly("Hasyim Santoso");
    }
}
