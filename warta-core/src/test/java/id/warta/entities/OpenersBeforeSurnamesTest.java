package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A common word opening a sentence before a surname the article gives in full; texts written for this test. */
class OpenersBeforeSurnamesTest {
    @Test
    void aSentencesOpeningWordBeforeAKnownSurnameIsNoGivenName() {
        String text = "Pebalap Spanyol Ramon Vidal tampil cepat sejak sesi latihan. Rekannya, Paolo Bianchi, tertinggal jauh. "
                + "Alhasil Vidal merebut posisi terdepan di Sirkuit Mugello.";
        assertThat(EntitiesRead.named(text)).doesNotContain("Alhasil Vidal/PERSON").contains("Ramon Vidal/PERSON");
        assertThat(EntitiesRead.mentions(text, "Ramon Vidal")).contains("Vidal");
    }

    @Test
    void twoSiblingsNamedByTheirGivenNamesStayTwoPeople() {
        String text = "Model Rania Hartono hadir di peragaan busana itu bersama adiknya. Sinta Hartono datang belakangan.";
        assertThat(EntitiesRead.named(text)).contains("Rania Hartono/PERSON", "Sinta Hartono/PERSON");
    }

    @Test
    void aGivenNameCapitalisedMidSentenceTooOrAParticleStays() {
        String text = "Pengusaha Agus Hartono membuka toko baru. Budi Hartono, adiknya, ikut hadir. "
                + "Menurut Budi Hartono, toko itu laris. Pelatih Kees van Dongen puas. Van Dongen memuji pemainnya.";
        assertThat(EntitiesRead.named(text)).contains("Agus Hartono/PERSON", "Budi Hartono/PERSON", "Kees van Dongen/PERSON");
        assertThat(EntitiesRead.mentions(text, "Kees van Dongen")).contains("Van Dongen");
    }
}
