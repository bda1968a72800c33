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
 */
final class Stopwords {
    private static final Map<String, Set<String>> BY_LANGUAGE = load();
    /** How many words of the page are looked at to tell its language. */
    private static final int MAX_SAMPLE_WORDS = 2000;
    /** Below this share of stop words of any list, the page's language has no list here. */
    private static final double MIN_COVERAGE = 0.08;

    private Stopwords() {
    }

    /**
     * The stop words for a page.
     *
     * @param language the page's ISO 639-1 code, or null
     * @param blocks   the page's blocks, to tell the language when it is not given or has no list
     * @return the list, or an empty set when no list fits (a script without spaces, a language
     *         without a list): the classifier then judges by length and links alone
     */
    static Set<String> forPage(String language, List<Page.Block> blocks) {
        if (language != null) {
            Set<String> own = BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT));
            if (own != null) return own;
        }
        return guess(blocks);
    }

    private static Set<String> guess(List<Page.Block> blocks) {
        Map<String, int[]> hits = new HashMap<>();
        int words = 0;
        for (Page.Block b : blocks) {
            for (String w : Words.of(b.text())) {
                words++;
                for (var e : BY_LANGUAGE.entrySet()) if (e.getValue().contains(w)) hits.computeIfAbsent(e.getKey(), k -> new int[1])[0]++;
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
        return best != null && bestHits >= words * MIN_COVERAGE ? BY_LANGUAGE.get(best) : Set.of();
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String[] row : Vocabulary.rows("stopwords.tsv")) {
            lists.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
        lists.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(lists);
    }

    /** Lower-cased words of a text: runs of letters (and apostrophes inside them). */
    static final class Words {
        private Words() {
        }

        static List<String> of(String text) {
            List<String> out = new java.util.ArrayList<>();
            int i = 0, n = text.length();
            while (i < n) {
                while (i < n && !Character.isLetter(text.charAt(i))) i++;
                int start = i;
                while (i < n && (Character.isLetter(text.charAt(i))
                        || (text.charAt(i) == '\'' || text.charAt(i) == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                if (i > start) out.add(text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\''));
            }
            return out;
        }
    }
}
