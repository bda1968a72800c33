package id.warta.entities;

import id.warta.lexicon.Lexicon;
import java.util.Set;

/**
 * {@code huruf Arab}, {@code masyarakat Arab}, {@code negara-negara Arab}: a word the place lists hold that, alone,
 * names a people or their language ({@code peoples.tsv}), so no place; after a locative it is one ({@code bekerja di
 * Arab}, the country).
 */
final class PeopleWords {
    private static final Set<String> WORDS = Set.copyOf(Lexicon.lines(PeopleWords.class, "peoples.tsv"));

    private PeopleWords() {
    }

    /** Whether {@code f} is such a word alone, naming a people or a language where it stands. */
    static boolean people(String text, Found f) {
        return WORDS.contains(f.textIn(text)) && !Canonicalizer.afterLocative(text, f.start());
    }
}
