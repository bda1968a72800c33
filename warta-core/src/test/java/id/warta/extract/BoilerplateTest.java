package id.warta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void aMarkdownListOfLinksToOtherStoriesIsRelatedNotBody() {
        Boilerplate.Line line = Boilerplate.classify("- [Harga Cabai di Sleman Turun, Petani Mengeluh]"
                + "(http://www.contoh.id/read/2025/02/03/harga-cabai-di-sleman-turun){target=\"_self\"}").orElseThrow();
        assertEquals(Boilerplate.Kind.RELATED, line.kind());
        assertEquals("Harga Cabai di Sleman Turun, Petani Mengeluh", line.payload());
        assertEquals(Boilerplate.Kind.RELATED, Boilerplate.classify("* [Jalan Tol Baru Dibuka](https://contoh.id/a)").orElseThrow().kind());
        // a list item of the story itself, or one with a link inside its sentence, stays body text
        assertTrue(Boilerplate.classify("- Penumpang wajib membawa tiket dan kartu identitas.").isEmpty());
        assertTrue(Boilerplate.classify("- [Jadwal] kereta berubah, lihat (https://contoh.id/jadwal) untuk rinciannya.").isEmpty());
    }

    @Test
    void aFooterIsLookedForWhereverTheSplitFindsOne() {
        List<String> paragraphs = List.of(
                "Warga berharap jalan segera diperbaiki, kata Sutrisno. Pewarta: Dewi Lestari Editor: Bambang",
                "Pembangunan dimulai tahun depan.\tSumber:Antara",
                "Harga cabai naik lagi di pasar. Copyright © Warta 2025",
                "Harga cabai naik lagi di pasar. © 2025 Warta",
                "Tulisan ini telah tayang di Kontan.co.id dengan judul Harga Cabai",
                "Hak cipta pada penulisnya.  HAK CIPTA dilindungi",
                "Presiden meresmikan jembatan pada Senin. Penulisan laporan berita itu selesai.",
                "Sumber: di awal baris tidak dicari",
                "Editor",
                "Kata dia \u212Aontributor: Ani", // the Kelvin sign folds to k
                "Banjir merendam rumah warga di Bekasi sejak pagi, kata Sutrisno.");
        for (String p : paragraphs) {
            assertEquals(Boilerplate.FOOTER_START.matcher(p).find(), Boilerplate.mayHoldFooter(p), p);
        }
        assertTrue(Boilerplate.mayHoldFooter(paragraphs.getFirst()));
        assertFalse(Boilerplate.mayHoldFooter(paragraphs.getLast()));
    }

    @Test
    void aRuleLookingAheadForAMarkIsTriedOnlyOnLinesHoldingIt() {
        assertEquals('©', Boilerplate.sign("(?=[^©]*©)(?<rest>[^©]{10,250}?)\\s*©\\s*[^©.!?]{2,80}"));
        assertEquals('(', Boilerplate.sign("(?=[^(]*\\()(?<rest>.{10,250}?)\\s*\\(\\s*foto\\)"));
        assertEquals('|', Boilerplate.sign("(?=[^|]*\\|)[^|]{1,60}(?:\\s\\|\\s[^|]{1,60}){2,}"));
        assertEquals(0, Boilerplate.sign("(?=[^a]*a)x")); // a letter: case folding may find it in another form
        assertEquals(0, Boilerplate.sign("(?:foto|ilustrasi)\\s*:\\s*(?<rest>.*)"));
        assertEquals(Boilerplate.Kind.CAPTION,
                Boilerplate.classify("Lee Elder beim Masters 1975. | © Augusta National/Getty Images").orElseThrow().kind());
        assertEquals("Die Übertragungszeiten im Überblick.",
                Boilerplate.classify("Die Übertragungszeiten im Überblick. (Foto: Getty)").orElseThrow().payload());
        assertEquals(Boilerplate.Kind.NOISE, Boilerplate.classify("Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Kuchen").orElseThrow().kind());
    }
}
