package id.warta.quotes;

import id.warta.lexicon.Lexicon;
import java.util.Map;
import java.util.Set;

/**
 * A verb of saying negated ({@code Ia tidak menjelaskan siapa pelakunya}, {@code Budi belum mau menyebutkan
 * jumlahnya}, {@code enggan membeberkan}): what follows is what was not said, no reported speech.
 */
final class Unsaid {
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(Unsaid.class, "attribution-words.tsv");
    /** Words saying the verb after them did not happen ({@code tidak}, {@code belum}, {@code enggan}). */
    private static final Set<String> NEGATIONS = WORDS.get("unsaid");
    /** Words between the negation and its verb ({@code mau}, {@code bisa}, {@code secara rinci}). */
    private static final Set<String> FILLERS = WORDS.get("unsaidfiller");
    /** How many filler words may stand between the negation and the verb. */
    private static final int MAX_FILLERS = 3;

    private Unsaid() {
    }

    /** Whether the verb at token {@code verb} is negated by the words right before it. */
    static boolean negated(Passage p, int verb) {
        for (int k = verb - 1, fillers = 0; k >= 0 && fillers <= MAX_FILLERS; k--, fillers++) {
            String w = p.lower(k);
            if (NEGATIONS.contains(w)) return true;
            if (!FILLERS.contains(w)) return false;
        }
        return false;
    }
}
