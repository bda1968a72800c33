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

    @Test
    void oneVowelOffInsideTheWord() {
        assertThat(Spelling.oneInnerVowelOff("wiratmaja", "wiratmoja")).isTrue();
        assertThat(Spelling.oneInnerVowelOff("kusnadi", "kosnadi")).isTrue();
    }

    @Test
    void aLastOrFirstVowelOrAConsonantOffIsNot() {
        assertThat(Spelling.oneInnerVowelOff("haryanto", "haryanti")).isFalse();
        assertThat(Spelling.oneInnerVowelOff("ardi", "erdi")).isFalse();
        assertThat(Spelling.oneInnerVowelOff("rahmat", "rahmad")).isFalse();
        assertThat(Spelling.oneInnerVowelOff("pranata", "prabata")).isFalse();
        assertThat(Spelling.oneInnerVowelOff("sutrisno", "sutrasna")).isFalse();
    }

    @Test
    void twoNeighbouringLettersSwappedInsideTheWord() {
        assertThat(Spelling.innerLettersSwapped("sudjatmiko", "sujdatmiko")).isTrue();
        assertThat(Spelling.innerLettersSwapped("hendra", "hendar")).isFalse();
        assertThat(Spelling.innerLettersSwapped("hendra", "ehndra")).isFalse();
        assertThat(Spelling.innerLettersSwapped("hendra", "hendra")).isFalse();
    }

    @Test
    void aDoubledLetterWrittenOnce() {
        assertThat(Spelling.doubledLetterOnce("yunni", "yuni")).isTrue();
        assertThat(Spelling.doubledLetterOnce("deni", "denni")).isTrue();
        assertThat(Spelling.doubledLetterOnce("deni", "dena")).isFalse();
        assertThat(Spelling.doubledLetterOnce("dani", "dadni")).isFalse();
        assertThat(Spelling.doubledLetterOnce("yuni", "yunia")).isFalse();
    }

    @Test
    void twoVowelsOffALastOneOnlyBetweenAAndO() {
        assertThat(Spelling.twoVowelsOff("sutrisno", "sotrisna")).isTrue();
        assertThat(Spelling.twoVowelsOff("kirana", "karina")).isTrue();
        assertThat(Spelling.twoVowelsOff("sulistyo", "sulastyi")).isFalse();
        assertThat(Spelling.twoVowelsOff("ardianto", "erdianto")).isFalse();
        assertThat(Spelling.twoVowelsOff("kirana", "kirana")).isFalse();
        assertThat(Spelling.twoVowelsOff("kirana", "koruna")).isTrue();
        assertThat(Spelling.twoVowelsOff("kirana", "korunu")).isFalse();
    }
}
