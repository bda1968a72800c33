package id.warta.entities;

import id.warta.lexicon.Lexicon;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What reads as initials, in one place: a word of capitals only ({@link #written}: {@code GPIB}, {@code pak BS}), the
 * same in ASCII capitals, as an abbreviation in brackets or a stock code is written ({@link #writtenInAscii}: {@code
 * DPR}, {@code BMRI}; not {@code TÜV}); capitals that are the initials of a person's name ({@link #ofName}: {@code RK}
 * of {@code Ridwan Kamil}); and the initials of a body's name in a key, its function words left out ({@link #ofKey}:
 * {@code bpom} of {@code badan pengawas obat dan makanan}).
 */
final class Initials {
    /** Words a body's initials leave out ({@code uninitialled-words.tsv}). */
    private static final Set<String> UNINITIALLED = Set.copyOf(Lexicon.lines(Initials.class, "uninitialled-words.tsv"));
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Initials() {
    }

    /** Whether {@code word} is initials: {@code least} capital letters or more, nothing else. */
    static boolean written(String word, int least) {
        if (word.length() < least) return false;
        for (int c = 0; c < word.length(); c++) if (!Character.isUpperCase(word.charAt(c))) return false;
        return true;
    }

    /** Whether {@code s} is two or more ASCII capitals ({@code DPR}, {@code BMRI}). */
    static boolean writtenInAscii(String s) {
        if (s.length() < 2) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') return false;
        return true;
    }

    /** Whether {@code abbreviation} is the capital initials of the two or more words of {@code name}, in order. */
    static boolean ofName(String abbreviation, String name) {
        String[] words = WHITESPACE.split(name);
        if (words.length < 2 || words.length != abbreviation.length()) return false;
        for (int i = 0; i < words.length; i++) {
            char c = abbreviation.charAt(i);
            if (!Character.isUpperCase(c) || words[i].charAt(0) != c) return false;
        }
        return true;
    }

    /** Whether initials leave {@code word} (in lower case) out: {@code dan}, {@code untuk}. */
    static boolean uninitialled(String word) {
        return UNINITIALLED.contains(word);
    }

    /** The first letters of a key's words but those initials leave out ({@code bpom}: {@code badan pengawas obat dan makanan}). */
    static String ofKey(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) if (!UNINITIALLED.contains(w)) b.append(w.charAt(0));
        return b.toString();
    }
}
