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
}
