package id.warta.quotes;

import static id.warta.quotes.AttributionWords.NEGATIONS;
import static id.warta.quotes.AttributionWords.UNSAID_FILLERS;

import java.util.HashSet;
import java.util.Set;

/**
 * A verb of saying negated ({@code Ia tidak menjelaskan siapa pelakunya}, {@code Budi belum mau menyebutkan
 * jumlahnya}, {@code enggan membeberkan}): what follows is what was not said, no reported speech. So is one after a
 * modal ({@code pengguna bisa menambahkan ...}, {@code dokter dapat menilai ...}, {@code investor wajib menyampaikan
 * ...}): what one can or must say, not what someone said.
 */
final class Unsaid {
    /** Words right before a verb that say what one can, may or must do ({@code bisa}, {@code dapat}, {@code wajib}). */
    private static final Set<String> MODALS = union(AttributionWords.ABILITY, AttributionWords.MODALS);
    /** How many filler words may stand between the negation and the verb. */
    private static final int MAX_FILLERS = 3;

    private Unsaid() {
    }

    /** Whether the verb at token {@code verb} is negated by the words right before it. */
    static boolean negated(Passage p, int verb) {
        for (int k = verb - 1, fillers = 0; k >= 0 && fillers <= MAX_FILLERS; k--, fillers++) {
            String w = p.lower(k);
            if (NEGATIONS.contains(w)) return true;
            if (!UNSAID_FILLERS.contains(w)) return false;
        }
        return false;
    }

    /**
     * Whether the verb at token {@code verb} follows a modal ({@code bisa berkata}, {@code harus melaporkan}), not
     * negated: {@code Ia belum bisa memastikan} is someone asked who did not say, read by {@link #negated}.
     */
    static boolean hypothetical(Passage p, int verb) {
        return verb > 0 && MODALS.contains(p.lower(verb - 1)) && !negated(p, verb);
    }

    /** The union of two word sets. */
    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
