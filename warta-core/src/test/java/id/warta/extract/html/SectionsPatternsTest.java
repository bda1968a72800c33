package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pleas' vocabulary is searched in any case, from a word's start only. */
class SectionsPatternsTest {
    @Test
    void aPleaIsFoundInAnyCase() {
        assertThat(Sections.isSupportAppeal("Ayo DUKUNG Jurnalisme independen dengan berlangganan.")).isTrue();
        assertThat(Sections.isSupportAppeal("We rely on your support to keep our reporting free.")).isTrue();
        assertThat(Sections.isSupportAppeal("Jede kleine Spende hilft uns weiter.")).isTrue();
    }

    @Test
    void aPleaOpensAWord() {
        // "mendukung jurnalisme" holds "dukung jurnalisme" inside a word: a story about support, no plea
        assertThat(Sections.isSupportAppeal("Para peserta seminar menyatakan mendukung jurnalisme yang berimbang.")).isFalse();
        assertThat(Sections.isSupportAppeal("Ayo dukung jurnalisme independen.".repeat(20))).isFalse(); // too long to be one
    }
}
