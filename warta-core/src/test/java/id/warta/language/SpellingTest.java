package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void oneLetterAddedOrDroppedAnywhere() {
        assertThat(Spelling.oneLetterMore("haryadi", "hariyadi")).isTrue();
        assertThat(Spelling.oneLetterMore("wibowo", "wibow")).isTrue();
        assertThat(Spelling.oneLetterMore("suryanto", "uryanto")).isTrue();
    }

    @Test
    void aChangedLetterOrTwoMoreAreNot() {
        assertThat(Spelling.oneLetterMore("hendra", "hendri")).isFalse();
        assertThat(Spelling.oneLetterMore("budi", "budiman")).isFalse();
        assertThat(Spelling.oneLetterMore("rina", "rina")).isFalse();
    }
}
