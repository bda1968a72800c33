package id.warta.entities;

import id.warta.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Al-Akbar}, {@code El-Fasher}, {@code Masjid As-Syukur}: the Arabic article glued by a hyphen before a word
 * ({@code arabic-articles.tsv}) opens one name with it, which the tokens cut at the hyphen. A name found right after
 * the article ({@code Akbar}) opens at it; a name found ending with the article ({@code Masjid As}, {@code Al}) runs on
 * over the word after it; a name found on each side is one. The article is a capitalised or lower-case word of its own
 * (not {@code AS-} the country's initials).
 */
final class ArabicArticles {
    private static final Set<String> ARTICLES = Set.copyOf(Lexicon.lines(ArabicArticles.class, "arabic-articles.tsv"));

    private ArabicArticles() {
    }

    /** {@code found} (in text order) with each name cut at an article's hyphen made whole; in place. */
    static void join(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int start = articleBefore(text, f.start()) ? wordStart(text, f.start() - 1) : f.start();
            int end = articleEnding(text, f.end()) ? wordEnd(text, f.end() + 1) : f.end();
            if (start == f.start() && end == f.end()) continue;
            // a name found ending with the article before this one ("Masjid As" + "Syukur") is its opening part
            if (i > 0 && found.get(i - 1).end() == f.start() - 1 && found.get(i - 1).end() > start) {
                Found before = found.get(i - 1);
                boolean longer = before.end() - before.start() > f.start() - 1 - start;
                f = new Found(before.start(), end, longer ? before.type() : f.type(), f.via());
                found.remove(--i);
            } else {
                f = new Found(start, end, f.type(), f.via());
            }
            // a name found over the glued word goes on with this one ("Al" + "Ahmed Al-Sabah")
            while (i + 1 < found.size() && found.get(i + 1).start() < f.end()) {
                Found after = found.remove(i + 1);
                if (after.end() > f.end()) f = new Found(f.start(), after.end(), f.type(), f.via());
            }
            found.set(i, f);
        }
    }

    /** Whether an article and its hyphen stand right before {@code at} ({@code Al-} of {@code Al-Akbar}). */
    private static boolean articleBefore(String text, int at) {
        if (at < 3 || text.charAt(at - 1) != '-' || !Character.isUpperCase(text.charAt(at))) return false;
        int from = wordStart(text, at - 1);
        return article(text.substring(from, at - 1));
    }

    /** Whether the name ending at {@code end} ends with an article glued by a hyphen to a capitalised word. */
    private static boolean articleEnding(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '-' || !Character.isUpperCase(text.charAt(end + 1))) return false;
        return article(text.substring(wordStart(text, end), end));
    }

    /** An article written as a word: all lower case or capitalised ({@code al}, {@code Al}), not in capitals ({@code AS}). */
    private static boolean article(String word) {
        if (word.isEmpty() || !ARTICLES.contains(word.toLowerCase(Locale.ROOT))) return false;
        return word.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /** Where the word of letters ending at {@code end} starts. */
    private static int wordStart(String text, int end) {
        int k = end;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        return k;
    }

    /** Where the word starting at {@code start} ends: letters and an apostrophe inside ({@code Qur'an}). */
    private static int wordEnd(String text, int start) {
        int k = start;
        while (k < text.length() && (Character.isLetter(text.charAt(k))
                || text.charAt(k) == '\'' && k + 1 < text.length() && Character.isLetter(text.charAt(k + 1)))) {
            k++;
        }
        return k;
    }
}
