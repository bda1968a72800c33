package id.warta.quotes;

/**
 * An account speaking by its handle after the cue ({@code tulis akun Instagram @budi_santoso}, {@code ujar
 * @budi_santoso}): where the handle stands after the word {@code akun} and its platform's name, and where a handle
 * the tokenizer cut into pieces ends. The account as written is the speaker, described by its handle.
 */
final class AccountHandles {
    /** Words naming an account's platform before its handle ({@code akun TikTok resmi @abc}). */
    private static final int MAX_PLATFORM_WORDS = 3;

    private AccountHandles() {
    }

    /**
     * Where the handle of an account named at token {@code j} is: {@code akun}, at most {@link #MAX_PLATFORM_WORDS}
     * words of its platform's name ({@code Instagram}, {@code X}, {@code resmi}), then one {@code @handle} token; else -1.
     */
    static int afterAccountWord(Passage p, int j, int limit) {
        if (!p.lower(j).equals("akun")) return -1;
        for (int k = j + 1; k < limit && k <= j + 1 + MAX_PLATFORM_WORDS && !p.paragraphBreakBefore(k); k++) {
            String w = p.word(k);
            if (isHandle(w)) return k;
            if (!Character.isLetter(w.codePointAt(0))) return -1;
        }
        return -1;
    }

    /**
     * The end of a handle written from token {@code j} on, over the tokens it was cut into with no space between
     * ({@code @budi_santoso}; {@code @_budi} and {@code @@budi}, which the tokenizer cuts at the odd mark): -1 when
     * token {@code j} opens no handle.
     */
    static int end(Passage p, int j, int limit) {
        if (!p.word(j).startsWith("@")) return -1;
        int k = j + 1;
        while (k < limit && p.token(k).start() == p.token(k - 1).end()
                && (p.word(k).equals("_") || p.word(k).startsWith("@") || Character.isLetterOrDigit(p.word(k).codePointAt(0)))) k++;
        return isHandle(p.text.substring(p.token(j).start(), p.token(k - 1).end()).replaceFirst("^[@_]+", "@")) ? k : -1;
    }

    /** Whether a word is an account's handle ({@code @budi_santoso}): an at sign and a letter or digit after it, as the tokenizer keeps them. */
    private static boolean isHandle(String w) {
        return w.length() > 1 && w.charAt(0) == '@' && Character.isLetterOrDigit(w.codePointAt(1));
    }
}
