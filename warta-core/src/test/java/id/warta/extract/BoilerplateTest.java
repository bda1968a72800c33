package id.warta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;

    @Test
    void aRuleOpeningWithWordsIsTriedOnlyOnLinesOpeningWithOneOfTheirLetters() {
        Pattern editor = Pattern.compile("(?:editor|penyunting|redaktur)\\s*:\\s*(?<rest>.*)", FLAGS);
        assertTrue(Boilerplate.mayOpenWith(editor, 'e'));
        assertTrue(Boilerplate.mayOpenWith(editor, 'P'));
        assertTrue(Boilerplate.mayOpenWith(editor, 'R'));
        assertFalse(Boilerplate.mayOpenWith(editor, 'K'));
        assertFalse(Boilerplate.mayOpenWith(editor, '"'));
    }

    @Test
    void caseAsUnicodeFoldsItAndLookaheadsKeepTheRule() {
        Pattern contact = Pattern.compile("(?:kontakt|contact)\\s*:?", FLAGS);
        assertTrue(Boilerplate.mayOpenWith(contact, '\u212A')); // the Kelvin sign folds to k
        Pattern legend = Pattern.compile("(?=[^©]*©)(?<rest>[^©]{10,250}?)\\s*©\\s*[^©.!?]{2,80}", FLAGS);
        assertTrue(Boilerplate.mayOpenWith(legend, 'x'));
        Pattern time = Pattern.compile("\\d{1,2}[.:/]\\d{1,2}", FLAGS);
        assertTrue(Boilerplate.mayOpenWith(time, '7'));
        assertFalse(Boilerplate.mayOpenWith(time, 'J'));
    }

    @Test
    void linesAreClassifiedAsBeforeThePrefilter() {
        assertEquals(Boilerplate.Kind.EDITOR, Boilerplate.classify("Editor: Rina Marlina").orElseThrow().kind());
        assertEquals("Rina Marlina", Boilerplate.classify("Editor: Rina Marlina").orElseThrow().payload());
        assertEquals(Boilerplate.Kind.RELATED, Boilerplate.classify("Baca juga: Harga cabai naik lagi").orElseThrow().kind());
        assertEquals(Boilerplate.Kind.CAPTION,
                Boilerplate.classify("Warga antre minyak goreng di Pasar Kramat. (Foto: Dok. Warta)").orElseThrow().kind());
        assertEquals(Boilerplate.Kind.NOISE, Boilerplate.classify("12:30").orElseThrow().kind());
        assertTrue(Boilerplate.classify("Presiden meresmikan jembatan baru di Kabupaten Sleman pada Senin pagi.").isEmpty());
    }
}
