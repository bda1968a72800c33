package id.warta.extract;

import id.warta.language.SpeechCue;
import id.warta.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a teaser's headline and of the body's prose after it, as {@link InlineTeasers} and
 * {@link TitledHeadlines} read them: the vocabularies ({@code teasers.tsv}, {@code sentence-openers.tsv}), the labels,
 * a paragraph's words from a point on, the marks around a word, whether Title Case writes a word so, a term quoted
 * inside a headline, and where a headline ends ({@link End}).
 */
final class TeaserWords {
    static final Map<String, Set<String>> WORDS = Lexicon.classes(TeaserWords.class, "teasers.tsv");
    static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + alternatives("label") + "|"
            + alternatives("label-titled") + ")\\s*:\\s*");
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:" + alternatives("credit") + ")\\s*:");
    static final Set<String> OPENERS = Lexicon.rows(TeaserWords.class, "sentence-openers.tsv").stream()
            .map(row -> row[0]).collect(Collectors.toUnmodifiableSet());
    static final Set<String> TITLE_LOWERCASE = WORDS.get("lowercase");
    /** A name before a reporting verb spans at most this many capitalised words. */
    static final int MAX_NAME_WORDS = 4;
    /** A headline runs at most this many words when no signal ends it ({@link InlineTeasers}). */
    static final int MAX_HEADLINE_WORDS = 20;
    /** Past this many Title Case words with no prose, its end is a guess: no cut ({@link TitledHeadlines}). */
    static final int MAX_TITLED_WORDS = 24;
    /** A paragraph's words read from a point on: the longest headline either kind reads, and two more. */
    private static final int MAX_WORDS_READ = Math.max(MAX_HEADLINE_WORDS, MAX_TITLED_WORDS) + 2;
    /** A term quoted inside a headline has at most this many words, closed within this many characters. */
    private static final int MAX_QUOTED_TERM_WORDS = 3;
    private static final int MAX_QUOTED_TERM_CHARS = 40;
    /** Marks before a word's first letter ({@code ‘Meleleh’}, {@code (Jokowi}). */
    private static final Pattern LEADING_MARKS = Pattern.compile("^['‘(]+");
    /** Punctuation after a word's last letter ({@code Bogor,}, {@code ‘Meleleh’}). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,.:;!?'’)]+$");
    static final Pattern SPACES = Pattern.compile("\\s+");
    /** Title Case headlines quote single words in single marks ({@code ‘Meleleh’}); the body quotes in double. */
    static final String OPENING_DOUBLE_QUOTES = "\"“«„";

    private TeaserWords() {
    }

    /** The words of {@code kind}, in file order, as regex alternatives whose spaces match any run of spaces. */
    private static String alternatives(String kind) {
        return WORDS.get(kind).stream().map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|"));
    }

    /**
     * Where a headline ends.
     *
     * @param clear whether a label, a quotation, a bracket or the body's prose ended it (not only
     *              a comma, the length limit or the end of the paragraph)
     */
    record End(int at, boolean clear) {
    }

    /**
     * Whether the quotation mark at {@code open} quotes a term of the headline ({@code Baca juga: OJK usulkan "family
     * office" di ...}, {@code Tim “family office” DEN ...}), not the body's speech after it: a few words closed
     * within the paragraph without their own punctuation, and after the closing mark a word that is no verb of
     * saying ({@code "Harga naik" kata Budi} is the body's quote).
     */
    static boolean quotedTerm(String s, int open) {
        int close = -1;
        for (int i = open + 1; i < s.length() && i <= open + MAX_QUOTED_TERM_CHARS && close < 0; i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '\n') return false;
            if (c == '"' || c == '”') close = i;
        }
        if (close < 0) return false;
        String term = s.substring(open + 1, close).strip();
        if (term.isEmpty() || ",.!?…".indexOf(term.charAt(term.length() - 1)) >= 0
                || SPACES.split(term).length > MAX_QUOTED_TERM_WORDS) return false;
        int next = close + 1;
        if (next >= s.length() || !Character.isWhitespace(s.charAt(next))) return false;
        List<int[]> after = words(s, next);
        if (after.isEmpty()) return false;
        String word = TRAILING_MARKS.matcher(word(s, after, 0)).replaceFirst("");
        return !word.isEmpty() && Character.isLetter(word.codePointAt(0))
                && SpeechCue.invertedBase(word.toLowerCase(Locale.ROOT)) == null;
    }

    /** A word as Title Case writes it: capitalised, a number or symbol, or one of the short words it keeps in lower case. */
    static boolean titled(String word) {
        String w = LEADING_MARKS.matcher(word).replaceFirst("");
        if (w.isEmpty()) return true;
        int first = w.codePointAt(0);
        if (Character.isUpperCase(first) || !Character.isLetter(first)) return true;
        return w.chars().anyMatch(Character::isDigit) || TITLE_LOWERCASE.contains(bare(w)); // "ke-42", "di"
    }

    static String bare(String word) {
        return TRAILING_MARKS.matcher(word).replaceFirst("");
    }

    static boolean startsLabel(String s, int at) {
        return LABEL.matcher(s).region(at, s.length()).lookingAt() || CREDIT.matcher(s).region(at, s.length()).lookingAt();
    }

    static String word(String s, List<int[]> words, int i) {
        return s.substring(words.get(i)[0], words.get(i)[1]);
    }

    static List<int[]> words(String s, int start) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < s.length() && out.size() < MAX_WORDS_READ) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            int b = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
            if (i > b) out.add(new int[] {b, i});
        }
        return out;
    }

    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
