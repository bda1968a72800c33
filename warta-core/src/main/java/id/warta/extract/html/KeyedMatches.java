package id.warta.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} gives, in order, of a pattern whose every match holds one
 * character at a fixed distance from its start ({@code T} ten characters into
 * {@code 2020-02-25T02:25}): the pattern is tried only where {@link String#indexOf} finds that
 * character, not at every position of a page's hundred thousand characters. Bounds are transparent,
 * so a word boundary or look-behind at the start sees the text before it, as a plain search does.
 */
final class KeyedMatches {
    private final Matcher matcher;
    private final String text;
    private final char key;
    private final int keyAt;
    private int from;

    /** @param keyAt how far into every match of {@code pattern} the character {@code key} stands */
    KeyedMatches(Pattern pattern, String text, char key, int keyAt) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.key = key;
        this.keyAt = keyAt;
    }

    /** Whether there is a next match; {@link #group()} then gives it. */
    boolean find() {
        for (int k = text.indexOf(key, from + keyAt); k >= 0; k = text.indexOf(key, k + 1)) {
            int start = k - keyAt;
            if (matcher.region(start, text.length()).lookingAt()) {
                from = matcher.end() > start ? matcher.end() : start + 1;
                return true;
            }
        }
        from = text.length();
        return false;
    }

    String group() {
        return matcher.group();
    }
}
