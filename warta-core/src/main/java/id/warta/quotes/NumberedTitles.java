package id.warta.quotes;

/**
 * Titles of numbered units or routes ({@code Ketua RT 18, RW 14}, {@code Ketua RW 003 Kuningan Barat}, {@code Tol
 * Surabaya--Gempol}): their numbers, dashes and commas go on with the title, not with the holder's name after it.
 */
final class NumberedTitles {
    private NumberedTitles() {
    }

    /**
     * Whether token {@code j} is a number or a dash inside a title ({@code Office 3}, {@code Surabaya--Gempol})
     * that runs on, through name words, numbers and dashes only, to a comma and a name closed by punctuation; or,
     * with no comma, to its holder's name closing the words after the number ({@code Ketua RW 003 Kuningan Barat
     * Sariman saat ...}). A title of numbered units goes on past a unit's comma ({@code Ketua RT 18, RW 14, ...}).
     */
    static boolean runOnToName(Passage p, int j, int limit) {
        if (!isNumberOrDash(p.word(j))) return false;
        int words = j;
        while (words < limit && isNumberOrDash(p.word(words))) words++;
        int k = words;
        while (k < limit && !p.paragraphBreakBefore(k) && NameWords.isNameWord(p, k)) k++;
        // after a dash only an acronym goes on with a title (Kemenpan-RB); a name goes on with a name (Jean-Pierre)
        boolean dash = !p.word(words - 1).chars().allMatch(Character::isDigit);
        if (words < k && (!dash || NameWords.isAcronym(p.word(words))) && NameWords.closesName(p, k) && !p.isPunct(k, ",")
                && NameWords.nameStart(p, words, k) < k) return true;
        for (int units = 0; units < MAX_NUMBERED_UNITS; units++) {
            while (k < limit && !p.paragraphBreakBefore(k) && (NameWords.isNameWord(p, k) || isNumberOrDash(p.word(k)))) k++;
            if (k + 1 >= limit || !p.isPunct(k, ",") || !NameWords.isNameWord(p, k + 1)) return false;
            int e = NameWords.runEnd(p, k + 1);
            if (NameWords.closesName(p, e)) return true;
            k++; // "RT 18, RW 14": another numbered unit of the title
        }
        return false;
    }

    /** Numbered units a title may chain by commas ({@code RT 18, RW 14}). */
    private static final int MAX_NUMBERED_UNITS = 3;

    /**
     * Whether the words {@code [n, e)} set off by commas after a title holding a number (read from {@code from}) are
     * one more of its units or places, naming no person, with another comma and capitalised words after them
     * ({@code , Klaster Anggrek JGC, Jakarta Timur, Wahyu Andre}): the holder is named further on.
     */
    static boolean unitBeforeHolder(Passage p, int from, int n, int e, int limit) {
        if (NameWords.nameStart(p, n, e) < e || e + 1 >= limit || !p.isPunct(e, ",") || !NameWords.isNameWord(p, e + 1)) return false;
        for (int k = from; k < n; k++) if (p.word(k).chars().allMatch(Character::isDigit)) return true;
        return false;
    }

    /** Whether {@code w} is a number ({@code 18}) or a dash ({@code --}), as a numbered unit's title writes them. */
    static boolean isNumberOrDash(String w) {
        return w.chars().allMatch(Character::isDigit) || w.chars().allMatch(c -> c == '-' || c == '–' || c == '—');
    }
}
