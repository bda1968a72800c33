package id.warta.extract.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stop words of a page's language ({@code stopwords.tsv}), for the paragraph classifier: a
 * block of running prose is full of them, boilerplate is not. The language is the page's own
 * label when a list exists for it, else the language whose list covers most of the page's words.
 * Words are looked up in place in the block's text (no string per word): a list is an
 * open-addressing table keyed by {@link String#hashCode}, computed over the lower-cased letters.
 */
final class Stopwords {
    private static final Map<String, Stopwords> BY_LANGUAGE = load();
    private static final Stopwords NONE = new Stopwords(Set.of());
    /** How many words of the page are looked at to tell its language. */
    private static final int MAX_SAMPLE_WORDS = 2000;
    /** Below this share of stop words of any list, the page's language has no list here. */
    private static final double MIN_COVERAGE = 0.08;
    /** Letters whose lower case {@link String#toLowerCase} writes otherwise than {@link Character#toLowerCase(char)}. */
    private static final char DOTTED_CAPITAL_I = '\u0130', CAPITAL_SIGMA = '\u03A3';

    /** The words, lower-cased, at their hash's slot or the next free one; a power of two long. */
    private final String[] table;
    private final int size;

    private Stopwords(Set<String> words) {
        size = words.size();
        table = new String[Integer.highestOneBit(Math.max(2, 2 * size) - 1) << 1];
        for (String w : words) {
            int i = w.hashCode() & (table.length - 1);
            while (table[i] != null) i = (i + 1) & (table.length - 1);
            table[i] = w;
        }
    }

    /**
     * The stop words for a page.
     *
     * @param language the page's ISO 639-1 code, or null
     * @param blocks   the page's blocks, to tell the language when it is not given or has no list
     * @return the list, or an empty one when no list fits (a script without spaces, a language
     *         without a list): the classifier then judges by length and links alone
     */
    static Stopwords forPage(String language, List<Page.Block> blocks) {
        if (language != null) {
            Stopwords own = BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT));
            if (own != null) return own;
        }
        return guess(blocks);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The share of stop words among the words of {@code text}; 0 without words. */
    double density(String text) {
        int words = 0, stops = 0;
        for (int start = wordStart(text, 0); start < text.length(); ) {
            int end = wordEnd(text, start);
            words++;
            if (contains(text, start, end)) stops++;
            start = wordStart(text, end);
        }
        return words == 0 ? 0 : (double) stops / words;
    }

    /**
     * Whether the word {@code text[start, end)}, lower-cased (with ’ read as '), is on the list.
     * Words with a letter that lower-cases to two letters or by its context go the slow way.
     */
    boolean contains(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == DOTTED_CAPITAL_I || c == CAPITAL_SIGMA) return containsWord(lowerCase(text.substring(start, end)));
            hash = 31 * hash + lower(c);
        }
        for (int slot = hash & (table.length - 1); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
            if (sameWord(table[slot], text, start, end)) return true;
        }
        return false;
    }

    private boolean containsWord(String word) {
        for (int slot = word.hashCode() & (table.length - 1); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
            if (table[slot].equals(word)) return true;
        }
        return false;
    }

    private static boolean sameWord(String word, String text, int start, int end) {
        if (word.length() != end - start) return false;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != lower(text.charAt(start + i))) return false;
        }
        return true;
    }

    private static char lower(char c) {
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }

    private static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Where the next word starts at or after {@code i}: a letter; the text's length when none does. */
    static int wordStart(String text, int i) {
        while (i < text.length() && !Character.isLetter(text.charAt(i))) i++;
        return i;
    }

    /** Where the word starting at {@code start} ends: after its run of letters (and apostrophes inside it). */
    static int wordEnd(String text, int start) {
        int i = start, n = text.length();
        while (i < n && (Character.isLetter(text.charAt(i))
                || (text.charAt(i) == '\'' || text.charAt(i) == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static Stopwords guess(List<Page.Block> blocks) {
        Map<String, int[]> hits = new HashMap<>();
        int words = 0;
        for (Page.Block b : blocks) {
            String text = b.text();
            for (int start = wordStart(text, 0); start < text.length(); ) {
                int end = wordEnd(text, start);
                words++;
                for (var e : BY_LANGUAGE.entrySet()) {
                    if (e.getValue().contains(text, start, end)) hits.computeIfAbsent(e.getKey(), k -> new int[1])[0]++;
                }
                start = wordStart(text, end);
            }
            if (words > MAX_SAMPLE_WORDS) break;
        }
        String best = null;
        int bestHits = 0;
        for (var e : hits.entrySet()) {
            if (e.getValue()[0] > bestHits) {
                best = e.getKey();
                bestHits = e.getValue()[0];
            }
        }
        return best != null && bestHits >= words * MIN_COVERAGE ? BY_LANGUAGE.get(best) : NONE;
    }

    private static Map<String, Stopwords> load() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String[] row : Vocabulary.rows("stopwords.tsv")) {
            lists.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
        Map<String, Stopwords> out = new HashMap<>();
        lists.forEach((language, words) -> out.put(language, new Stopwords(words)));
        return Map.copyOf(out);
    }
}
