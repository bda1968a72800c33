package id.warta.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The patterns of a vocabulary file (written in lower case, one a row), looked for where a word
 * starts in lower-cased text: what {@code \b(?:row1|row2|...)} finds, tried only where a word
 * boundary may stand and, there, only with the rows that can begin with the character found.
 * Trying every row at every position had made the pleas' and notices' search a sixth of
 * extraction's time. Where an ASCII letter is followed by an ASCII character, the rows are
 * picked by those two: most words open with a letter some row opens with, far fewer with two
 * of its letters, so most word starts need no match tried at all. A row may not look behind
 * its start (the rows it can begin with are judged on the characters alone).
 */
final class WordStartPatterns {
    private static final Pattern NONE = Pattern.compile("(?!)");
    /** The characters whose rows are worked out up front, looked up without boxing: Latin script's. */
    private static final int TABLED = 0x250;

    private final List<String> rows;
    private final List<Pattern> compiled;
    private final Pattern all;
    private final Pattern[] tabled = new Pattern[TABLED];
    /** The rows that can begin with a lower-case ASCII letter and an ASCII character, by letter and character. */
    private final Pattern[][] byLetterAndNext = new Pattern[26][128];
    private final Map<Character, Pattern> byFirstChar = new ConcurrentHashMap<>();

    WordStartPatterns(String file) {
        this.rows = Vocabulary.rows(file).stream().map(r -> r[0]).toList();
        for (String row : rows) {
            if (row.contains("(?<")) throw new IllegalArgumentException(file + ": a row may not look behind: " + row);
        }
        this.compiled = rows.stream().map(Pattern::compile).toList();
        this.all = anyOf(rows);
        Map<List<String>, Pattern> same = new HashMap<>();
        for (char c = 0; c < TABLED; c++) {
            List<String> can = startingWith(String.valueOf(c));
            tabled[c] = can.isEmpty() ? NONE : same.computeIfAbsent(can, WordStartPatterns::anyOf);
        }
        for (char letter = 'a'; letter <= 'z'; letter++) {
            for (char next = 0; next < 128; next++) {
                List<String> can = tabled[letter] == NONE ? List.of() : startingWith("" + letter + next);
                byLetterAndNext[letter - 'a'][next] = can.isEmpty() ? NONE : same.computeIfAbsent(can, WordStartPatterns::anyOf);
            }
        }
    }

    /** Whether one of the patterns is in {@code text}, in any case. */
    boolean in(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        for (int i = 0; i <= n; i++) {
            if (i > 0 && i < n && inWord(lower.charAt(i - 1)) && inWord(lower.charAt(i))) continue;
            Pattern p = i == n ? all : rowsFor(lower, i);
            if (p == NONE) continue;
            Matcher m = p.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.region(i, n).lookingAt()) return true;
        }
        return false;
    }

    /**
     * The rows a match can begin with {@code opening}: those that match it alone or want to read
     * past it ({@link Matcher#hitEnd}); a row that fails on it without reading further cannot
     * match any text it begins.
     */
    private List<String> startingWith(String opening) {
        List<String> can = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Matcher m = compiled.get(r).matcher(opening);
            if (m.lookingAt() || m.hitEnd()) can.add(rows.get(r));
        }
        return can;
    }

    /** The rows that can begin a match at {@code i} of {@code lower}, by its first two characters when both are tabled. */
    private Pattern rowsFor(String lower, int i) {
        char c = lower.charAt(i);
        if (c >= 'a' && c <= 'z' && i + 1 < lower.length() && lower.charAt(i + 1) < 128) {
            return byLetterAndNext[c - 'a'][lower.charAt(i + 1)];
        }
        if (c < TABLED) return tabled[c];
        return byFirstChar.computeIfAbsent(c, k -> {
            List<String> can = startingWith(String.valueOf(k));
            return can.isEmpty() ? NONE : anyOf(can);
        });
    }

    private static Pattern anyOf(List<String> rows) {
        return Pattern.compile(rows.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|", "\\b(?:", ")")));
    }

    /**
     * An ASCII letter, digit or underscore: a word character whether {@code \b} reads words in
     * ASCII or in Unicode, so between two of them no boundary stands. Any other character is tried.
     */
    private static boolean inWord(char c) {
        return c < 128 && (c == '_' || Character.isLetterOrDigit(c));
    }
}
