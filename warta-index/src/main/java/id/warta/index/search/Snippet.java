package id.warta.index.search;

import java.util.List;

/**
 * A piece of text with the query's matches marked by character ranges (never markup, so
 * the caller escapes and renders it as it likes).
 *
 * @param text       the passage
 * @param highlights {@code [start, end)} ranges in {@code text}
 * @param start      where the passage starts in the field it came from
 * @param truncated  whether the field goes on after the passage
 */
public record Snippet(String text, List<Range> highlights, int start, boolean truncated) {
    public record Range(int start, int end) {
    }

    public static Snippet plain(String text, int maxChars) {
        if (text == null) return null;
        boolean cut = text.length() > maxChars;
        return new Snippet(cut ? text.substring(0, maxChars) : text, List.of(), 0, cut);
    }
}
