package id.warta.language;

/**
 * Finds a word in any case as a {@code (?iu)} pattern's literal does, without a pattern tried at every character:
 * a character {@code c} stands for a word's character {@code w} when {@code c == w} or
 * {@code Character.toLowerCase(Character.toUpperCase(c)) == w} (so {@code ſ} is an {@code s} and the Kelvin sign a
 * {@code k}, as there). The word is given folded so (ASCII lower case); its first character is searched for in each
 * of its forms with {@link String#indexOf(int, int)}, which scans fast.
 */
public final class CaseFolded {
    /** For each ASCII character, every character that folds to it (itself first). */
    private static final char[][] FORMS = forms();

    private CaseFolded() {
    }

    /** Whether {@code word} (folded: ASCII lower case) stands in {@code text}, in any case. */
    public static boolean contains(String text, String word) {
        return indexOf(text, word, 0) >= 0;
    }

    /** Where {@code word} (folded: ASCII lower case) next stands in {@code text} at or after {@code from}, in any case; -1 when nowhere. */
    public static int indexOf(String text, String word, int from) {
        char[] firsts = FORMS[word.charAt(0)];
        int[] next = new int[firsts.length];
        for (int i = 0; i < firsts.length; i++) next[i] = text.indexOf(firsts[i], from);
        int last = text.length() - word.length();
        while (true) {
            int at = -1, which = -1;
            for (int i = 0; i < next.length; i++) {
                if (next[i] >= 0 && (at < 0 || next[i] < at)) {
                    at = next[i];
                    which = i;
                }
            }
            if (at < 0 || at > last) return -1;
            if (restMatches(text, at, word)) return at;
            next[which] = text.indexOf(firsts[which], at + 1);
        }
    }

    private static boolean restMatches(String text, int at, String word) {
        for (int j = 1; j < word.length(); j++) {
            char c = text.charAt(at + j), w = word.charAt(j);
            if (c != w && Character.toLowerCase(Character.toUpperCase((int) c)) != w) return false;
        }
        return true;
    }

    private static char[][] forms() {
        StringBuilder[] forms = new StringBuilder[128];
        for (int a = 0; a < 128; a++) forms[a] = new StringBuilder().append((char) a);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int folded = Character.toLowerCase(Character.toUpperCase(c));
            if (folded < 128 && folded != c) forms[folded].append((char) c);
        }
        char[][] out = new char[128][];
        for (int a = 0; a < 128; a++) out[a] = forms[a].toString().toCharArray();
        return out;
    }
}
