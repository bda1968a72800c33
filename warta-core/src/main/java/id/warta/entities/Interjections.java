package id.warta.entities;

import id.warta.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code Semoga lancar. Amin!}, {@code "Amin," teriak pendukungnya}: a word of prayer that is also a given name
 * ({@code interjections.tsv}), standing as a sentence of its own, is the word, no person, though the tagger, seeing a
 * capitalised given name, reads one. It opens its sentence and closes it at once ({@code .} or {@code !}), or opens a
 * quote that closes after its comma. A person so named is written inside a sentence ({@code kata Amin.}) or goes on
 * past a comma ({@code Amin, warga setempat, ...}) and stays.
 */
final class Interjections {
    private static final Set<String> WORDS = Lexicon.lines(Interjections.class, "interjections.tsv").stream()
            .map(w -> w.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST = Lexicon.longest(WORDS);

    private Interjections() {
    }

    /** Drops from {@code found} the one-word names of {@code interjections.tsv} that stand as a sentence of their own. */
    static void drop(String text, List<Found> found) {
        // where it stands first, then the word: most names close no sentence; a longer one is none of the words
        // (lower case keeps a name's length or lengthens it: İ), so is not copied to be lowercased
        found.removeIf(f -> closesAtOnce(text, f.end()) && SentenceOpenings.opens(text, f.start()) && f.end() - f.start() <= LONGEST
                && WORDS.contains(f.textIn(text).toLowerCase(Locale.ROOT)));
    }

    /** Whether the sentence ends right at {@code at}: a full stop or exclamation mark, or a comma closing a quote. */
    private static boolean closesAtOnce(String text, int at) {
        if (at >= text.length()) return true;
        char c = text.charAt(at);
        if (c == '.' || c == '!') return true;
        return c == ',' && at + 1 < text.length() && SentenceOpenings.isQuote(text.charAt(at + 1));
    }
}
