package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.Locale;
import java.util.Set;

/**
 * {@code huruf Arab}, {@code masyarakat Arab}, {@code negara-negara Arab}: a word the place lists hold that, alone,
 * names a people or their language ({@code peoples.tsv}), so no place; after a locative it is one ({@code bekerja di
 * Arab}, the country). A country's name right after {@code bahasa}, {@code berbahasa}, {@code sastra} or a word for
 * an accent ({@code bahasa Inggris}, {@code film berbahasa Jepang}, {@code Sastra Prancis}, {@code logat Jawa}) names
 * its language, no place: the country is not mentioned by it.
 */
final class PeopleWords {
    private static final Set<String> WORDS = Set.copyOf(Lexicon.lines(PeopleWords.class, "peoples.tsv"));

    /** The words that make the one name after them a language's ({@code bahasa Jepang}, {@code logat Jawa}), in lower case. */
    private static final Set<String> LANGUAGE_WORDS = Set.of("bahasa", "berbahasa", "sastra", "dialek", "logat", "aksen");
    private static final int LONGEST_LANGUAGE_WORD = Lexicon.longest(LANGUAGE_WORDS);

    private PeopleWords() {
    }

    /** Whether {@code f} is such a word alone, naming a people or a language where it stands. */
    static boolean people(String text, Found f) {
        return WORDS.contains(f.textIn(text)) && !Canonicalizer.afterLocative(text, f.start());
    }

    /**
     * Whether {@code f}, one word and no person, stands right after a {@link #LANGUAGE_WORDS language word}: a
     * language's name ({@code dalam bahasa Inggris}), no place or body.
     */
    static boolean language(String text, Found f) {
        if (f.type() == EntityType.PERSON || text.substring(f.start(), f.end()).indexOf(' ') >= 0) return false;
        int end = f.start();
        if (end == 0 || !Character.isWhitespace(text.charAt(end - 1))) return false;
        end--;
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
        return end - begin <= LONGEST_LANGUAGE_WORD && LANGUAGE_WORDS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }
}
