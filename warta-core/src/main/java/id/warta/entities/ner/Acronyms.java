package id.warta.entities.ner;

/**
 * Finds names defined by the abbreviation after them in brackets, as news writes an
 * organisation's name the first time: {@code Badan Pengawas Obat dan Makanan ( BPOM )},
 * {@code California Texas ( Caltex )}. The words before the bracket spell the abbreviation
 * when each gives it the first one to three of its letters (the {@link NameRuns#connects
 * connectors} {@code dan}, {@code of} may give none); the longest such run is the defined
 * name. Works on lowercased words, so lowercased text is read alike.
 */
final class Acronyms {
    /** Marks of a token: where it stands in a defined name of two words or more (B, I, L), or the abbreviation itself. */
    static final byte NONE = 0, B = 1, I = 2, L = 3, ABBREVIATION = 4;
    /** Longest name searched, in words; longest abbreviation, in letters. */
    private static final int MAX_WORDS = 10, MAX_LETTERS = 10;
    /** Letters one word may give the abbreviation ({@code Cal}-{@code tex}). */
    private static final int MAX_PER_WORD = 3;

    private Acronyms() {
    }

    /**
     * Each token's mark. {@code original[i]} is token {@code i} as written, {@code lower[i]} its
     * lowercased core: the abbreviation is a token of its own between bracket tokens, or, as
     * some corpora tokenise, one token with its brackets ({@code (MK)}).
     */
    static byte[] marks(String[] original, String[] lower) {
        byte[] marks = new byte[lower.length];
        for (int i = 1; i < lower.length; i++) {
            int end;
            if (i + 1 < lower.length && lower[i - 1].equals("(") && lower[i + 1].equals(")")) end = i - 1;
            else if (original[i].length() > 2 && original[i].startsWith("(") && original[i].endsWith(")")) end = i;
            else continue;
            String abbreviation = lower[i];
            if (abbreviation.length() < 2 || abbreviation.length() > MAX_LETTERS || !letters(abbreviation)) continue;
            int start = longestSpelling(lower, end, abbreviation);
            if (start < 0) continue;
            marks[start] = B;
            for (int k = start + 1; k < end - 1; k++) marks[k] = I;
            marks[end - 1] = L;
            marks[i] = ABBREVIATION;
        }
        return marks;
    }

    /** The first word of the longest run ending before {@code end} that spells {@code abbreviation}, or -1. */
    private static int longestSpelling(String[] lower, int end, String abbreviation) {
        int from = Math.max(0, end - MAX_WORDS);
        int letters = abbreviation.length();
        // spells[w][p]: words w..end-1 spell abbreviation[p..] exactly, the last word giving a letter
        boolean[][] spells = new boolean[end - from + 1][letters + 1];
        spells[end - from][letters] = true;
        int best = -1;
        for (int w = end - 1; w >= from; w--) {
            String word = lower[w];
            if (!Character.isLetter(word.charAt(0)) && !NameRuns.connects(word)) break;
            boolean skippable = NameRuns.connects(word) && w != end - 1;
            for (int p = 0; p < letters; p++) {
                boolean ok = skippable && spells[w + 1 - from][p];
                for (int k = 1; !ok && k <= MAX_PER_WORD && k <= word.length() && p + k <= letters; k++) {
                    if (word.charAt(k - 1) != abbreviation.charAt(p + k - 1)) break;
                    ok = spells[w + 1 - from][p + k];
                }
                spells[w - from][p] = ok;
            }
            if (spells[w - from][0] && !NameRuns.connects(word) && end - w >= 2) best = w;
        }
        return best;
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
        return !s.isEmpty();
    }
}
