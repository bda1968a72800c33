package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcronymsTest {
    private static final byte O = Acronyms.NONE, B = Acronyms.B, I = Acronyms.I, L = Acronyms.L,
            ABBR = Acronyms.ABBREVIATION;

    private static byte[] marks(String sentence) {
        String[] original = sentence.split(" ");
        String[] lower = Arrays.stream(original).map(w -> Features.core(w).toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return Acronyms.marks(original, lower);
    }

    @Test
    void aNameSpelledByItsBracketedAbbreviationIsMarked() {
        assertThat(marks("Kepala Badan Pengawas Obat dan Makanan ( BPOM ) meninjau pasar"))
                .containsExactly(O, B, I, I, I, L, O, ABBR, O, O, O);
    }

    @Test
    void wordsMayGiveSeveralLettersAndTheBracketsMayBeGlued() {
        assertThat(marks("perusahaan minyak California Texas ( Caltex ) di Riau"))
                .containsExactly(O, O, B, L, O, ABBR, O, O, O);
        assertThat(marks("mantan ketua Mahkamah Konstitusi (MK) itu"))
                .containsExactly(O, O, B, L, ABBR, O);
    }

    @Test
    void lowercasedTextIsReadAlike() {
        assertThat(marks("menurut komisi pemberantasan korupsi ( kpk ) ,"))
                .containsExactly(O, B, I, L, O, ABBR, O, O);
    }

    @Test
    void aBracketThatSpellsNothingBeforeItMarksNothing() {
        assertThat(marks("pasukan tiba di Jakarta ( AS ) kemarin")).containsOnly(O);
        assertThat(marks("harga naik ( 5 ) persen")).containsOnly(O);
        assertThat(marks("( KPK )")).containsOnly(O);
    }
}
