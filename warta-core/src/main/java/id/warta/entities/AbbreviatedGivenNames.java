package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * {@code Muh. Rahmat Sidik}, {@code Moh. Fajar Hakim}, {@code M. Yusuf Hamdan}: a person's name opening with an
 * abbreviated first word ({@code given-name-abbreviations.tsv}) and its full stop, which the tagger reads as a name
 * ending a sentence, a person of its own ({@code Muh}), then the rest as another person or as nothing. The
 * abbreviation opens the name after it: a person found right after it takes it in, and an abbreviation found as a
 * person alone takes in the capitalised words after it that no other name covers ({@code Moh. Fajar Hakim}).
 */
final class AbbreviatedGivenNames {
    private static final Set<String> ABBREVIATIONS = Set.copyOf(Lexicon.lines(AbbreviatedGivenNames.class,
            "given-name-abbreviations.tsv"));
    /** The most words of a name taken in after an abbreviation found alone. */
    private static final int MAX_WORDS_AFTER = 3;

    private AbbreviatedGivenNames() {
    }

    /** {@code found} (in text order) with each such name whole; in place. */
    static void join(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            int opens = abbreviationBefore(text, f.start());
            if (opens >= 0) {
                found.set(i, new Found(opens, f.end(), EntityType.PERSON, f.via()));
                Found before = i > 0 ? found.get(i - 1) : null;
                if (before != null && before.start() >= opens) { // "Muh", found alone before the rest
                    found.remove(i - 1);
                    i--;
                } else if (before != null && before.end() > opens) { // "Dinas ... Sumatera Utara M.": the body ends before it
                    int end = opens;
                    while (end > before.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
                    found.set(i - 1, new Found(before.start(), end, before.type(), before.via()));
                }
                continue;
            }
            if (!ABBREVIATIONS.contains(f.textIn(text))) continue;
            int end = wordsAfter(text, f.end(), i + 1 < found.size() ? found.get(i + 1).start() : text.length());
            if (end > f.end()) found.set(i, new Found(f.start(), end, EntityType.PERSON, f.via()));
        }
    }

    /** Where a listed abbreviation and its full stop, right before {@code at} ({@code "Muh. "}), open; or -1. */
    private static int abbreviationBefore(String text, int at) {
        if (at < 3 || !text.startsWith(". ", at - 2)) return -1;
        int start = wordOpening(text, at - 2);
        if (start < 0 || !ABBREVIATIONS.contains(text.substring(start, at - 2)) || numberBefore(text, start)) return -1;
        return start;
    }

    /**
     * Where the letters ending at {@code end} open, when they open a word of their own: at the text's start or after a
     * space or a bracket (not {@code Jean} of {@code FOTO/Jean}); else -1.
     */
    static int wordOpening(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        if (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') return -1;
        return start;
    }

    /** Whether a number stands right before {@code at}, a space between ({@code 2024 M.}: a year of the common era). */
    private static boolean numberBefore(String text, int at) {
        return at >= 2 && Character.isDigit(text.charAt(at - 2));
    }

    /**
     * The end of the capitalised words after the full stop at {@code at} ({@code ". Fajar Hakim"}), before {@code limit}
     * (the next name found), at most {@link #MAX_WORDS_AFTER}; {@code at} when none stand there.
     */
    private static int wordsAfter(String text, int at, int limit) {
        if (!text.startsWith(". ", at)) return at;
        int end = at, p = at + 2;
        for (int words = 0; words < MAX_WORDS_AFTER && p < limit && Character.isUpperCase(text.charAt(p)); words++) {
            int q = p + 1;
            while (q < text.length() && Character.isLowerCase(text.charAt(q))) q++;
            if (q == p + 1 || q > limit) break; // initials or capitals: no given name
            end = q;
            if (q >= text.length() || text.charAt(q) != ' ') break;
            p = q + 1;
        }
        return end;
    }
}
