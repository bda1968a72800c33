package id.warta.entities;

import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.Located;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence of {@code text} ({@code [start, end)}) with its tokens, and whether its letter case can be trusted
 * (not an all-caps or Title Case headline, not a text typed all in lower case).
 */
record Sentence(String text, int start, int end, List<Token> tokens, boolean cased) implements Located {
    private static final double TITLE_CASE_SHARE = 0.7;
    private static final int SHORTEST_JUDGED = 4;
    /** The words Title Case leaves in lower case ({@code di}, {@code karena}, {@code of}). */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(Lexicon.lines(Sentence.class, "function-words.tsv"));

    Sentence {
        tokens = List.copyOf(tokens);
    }

    static Sentence of(String text, int start, int end, List<Token> tokens) {
        return new Sentence(text, start, end, tokens, caseTrusted(tokens));
    }

    /** The sentence of {@code sentences} (in text order) holding character {@code offset}, or null. */
    static Sentence containing(List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /** The text from token {@code from} to token {@code to} (exclusive), spacing as written. */
    String tokensText(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The index of the token starting at character {@code offset}, or -1. */
    int tokenAt(int offset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == offset) return mid;
            if (s < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /** The index of the token ending at character {@code offset}, or -1. */
    int tokenEndingAt(int offset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int e = tokens.get(mid).end();
            if (e == offset) return mid;
            if (e < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /**
     * Case says something unless the sentence has no lower-case word after its first (a
     * headline in capitals), is typed all in lower case, or is mostly capitalised words with
     * only function words in lower case (a headline in Title Case: {@code Dihukum karena Suap}).
     * A lower-case word of another kind ({@code menggelar}, {@code atlet}) shows sentence case,
     * however many names the sentence lists ({@code ... antara lain Menteri Koordinator Bidang
     * Perekonomian Darmin Nasution, Menko PMK Puan Maharani, ...}).
     */
    static boolean caseTrusted(List<Token> tokens) {
        int words = 0, capitalised = 0, lower = 0;
        boolean firstLower = false, lowerContentWord = false;
        for (Token token : tokens) {
            String t = token.text();
            if (!Character.isLetter(t.charAt(0))) continue;
            boolean upper = Character.isUpperCase(t.charAt(0));
            if (words++ == 0) {
                firstLower = !upper;
            } else if (upper) {
                capitalised++;
            } else {
                lower++;
                if (!lowerContentWord) lowerContentWord = !FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT)); // one is enough
            }
        }
        if (words < SHORTEST_JUDGED) return true;
        if (lower == 0) return false;
        if (capitalised == 0 && firstLower) return false;
        return lowerContentWord || capitalised < TITLE_CASE_SHARE * (words - 1);
    }
}
