package id.warta.entities.ner;

import java.util.Set;

/**
 * Runs of capitalised words, joined across the lowercase words that sit inside multiword names
 * ({@code Badan Pengawas Obat dan Makanan}, {@code Bank of America}) or between two names
 * ({@code Rudi di Garut}): the tagger reads the first word of a token's run, which often
 * decides the type of a long name and weighs little elsewhere.
 */
final class NameRuns {
    private static final Set<String> CONNECTORS = Set.of("dan", "dari", "untuk", "di", "ke", "serta", "atas",
            "bagi", "pada", "yang", "&", "-", "of", "and", "the", "for", "de", "la", "van", "der", "von", "du", "des");

    private NameRuns() {
    }

    /** Whether a lowercased word may join the words of one name. */
    static boolean connects(String lower) {
        return CONNECTORS.contains(lower);
    }

    /**
     * For each token, the index of the first word of the run it is in, or -1 outside any run.
     * {@code capitalised[i]} says whether token {@code i} starts with a capital; a connector is
     * in a run only between two capitalised words.
     */
    static int[] starts(boolean[] capitalised, String[] lower) {
        int n = lower.length;
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) {
            boolean joined = i > 0 && starts[i - 1] >= 0;
            if (capitalised[i]) {
                starts[i] = joined ? starts[i - 1] : i;
            } else if (joined && capitalised[i - 1] && i + 1 < n && capitalised[i + 1] && connects(lower[i])) {
                starts[i] = starts[i - 1];
            } else {
                starts[i] = -1;
            }
        }
        return starts;
    }
}
