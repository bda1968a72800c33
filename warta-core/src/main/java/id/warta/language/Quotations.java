package id.warta.language;

import id.warta.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a paragraph that lie inside double quotation marks, straight or
 * curly. Scraped news is careless with them, so a straight mark is read as opening or
 * closing from its neighbours ({@code ,"Tegasnya} closes, {@code kata: "Kami} opens), and a
 * paragraph may close a quote it never opened (a quote running over several paragraphs) or
 * open one it never closes.
 */
public final class Quotations {
    private Quotations() {
    }

    /**
     * The quoted regions of {@code paragraph}, each spanning its marks. A region may start at
     * 0 without an opening mark (the paragraph continues a quote) or end at the paragraph's
     * end without a closing one (the quote continues in the next paragraph).
     */
    public static List<Span> regions(String paragraph) {
        List<Span> regions = new ArrayList<>();
        int open = -1;
        boolean seenMark = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (!isDoubleMark(c)) continue;
            boolean opening = switch (c) {
                case '“', '„' -> true;
                case '”' -> false;
                default -> readsAsOpening(paragraph, i, open >= 0);
            };
            if (opening && open < 0) {
                open = i;
            } else if (!opening && open >= 0) {
                regions.add(new Span(open, i + 1));
                open = -1;
            } else if (!opening && !seenMark) {
                regions.add(new Span(0, i + 1)); // closes a quote opened in an earlier paragraph
            } else if (opening) {
                // a second opening mark while open: the first one never closed; restart here
                open = i;
            }
            seenMark = true;
        }
        if (open >= 0) regions.add(new Span(open, paragraph.length()));
        return regions;
    }

    public static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '″';
    }

    /** Whether the straight mark at {@code i} opens a quote, judged by the characters around it. */
    private static boolean readsAsOpening(String s, int i, boolean inside) {
        char before = i == 0 ? ' ' : s.charAt(i - 1);
        char after = i + 1 >= s.length() ? ' ' : s.charAt(i + 1);
        if (before == ',' || before == '.' || before == '!' || before == '?') return false;
        boolean spaceBefore = Character.isWhitespace(before) || "([{:/—–-".indexOf(before) >= 0;
        boolean spaceAfter = Character.isWhitespace(after) || ",.;:!?)]}".indexOf(after) >= 0;
        if (spaceBefore && !spaceAfter) return true;
        if (spaceAfter && !spaceBefore) return false;
        return !inside;
    }
}
