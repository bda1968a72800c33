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
     * A quoted region of a paragraph, spanning its marks; {@code opened} is false when the
     * region starts at 0 without an opening mark (it continues a quote from an earlier
     * paragraph), {@code closed} false when it runs to the paragraph's end without a closing one.
     */
    public record Region(Span span, boolean opened, boolean closed) {
    }

    /**
     * The quoted regions of {@code paragraph}, each spanning its marks. A region may start at
     * 0 without an opening mark (the paragraph continues a quote) or end at the paragraph's
     * end without a closing one (the quote continues in the next paragraph).
     */
    public static List<Span> regions(String paragraph) {
        return marked(paragraph).stream().map(Region::span).toList();
    }

    /** The quoted regions of {@code paragraph}, saying which ends have their marks. */
    public static List<Region> marked(String paragraph) {
        return marked(paragraph, true, false);
    }

    /**
     * {@link #marked(String)}; {@code mayContinue} false for a text's first paragraph, which has no earlier
     * paragraph whose quote it could close: its first mark opens a quote whatever the marks' count or
     * neighbours say ({@code ... krisis 2008."Negara-negara Asia ...}); {@code dropStrayCloses} true reads a straight mark met with no quote
     * open that can only close one ({@link #strayClose}) as quoting nothing, as the quote finder does (the
     * extractor's spacing rules keep reading it as an opening mark: its text stays as it was).
     */
    public static List<Region> marked(String paragraph, boolean mayContinue, boolean dropStrayCloses) {
        List<Region> regions = new ArrayList<>();
        int open = -1;
        boolean seenMark = !mayContinue;
        int marksLeft = countMarks(paragraph);
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (!isDoubleMark(c)) continue;
            boolean opening = switch (c) {
                case '“', '„' -> true;
                case '”' -> false;
                default -> open < 0 && (seenMark || marksLeft % 2 == 0) ? !(dropStrayCloses && seenMark && strayClose(paragraph, i))
                        : readsAsOpening(paragraph, i, open >= 0);
            };
            marksLeft--;
            if (opening && open < 0) {
                open = i;
            } else if (!opening && open >= 0) {
                regions.add(new Region(new Span(open, i + 1), true, true));
                open = -1;
            } else if (!opening && !seenMark) {
                regions.add(new Region(new Span(0, i + 1), false, true)); // closes a quote opened in an earlier paragraph
            } else if (opening) {
                // a second opening mark while open: the first quote never closed; it ends here
                if (i > open + 1) regions.add(new Region(new Span(open, i), true, false));
                open = i;
            }
            seenMark = true;
        }
        if (open >= 0) regions.add(new Region(new Span(open, paragraph.length()), true, false));
        return regions;
    }

    /**
     * A straight mark with no quote open opens one, whatever its neighbours say
     * ({@code mengaji."Target}), unless it is the paragraph's first and the marks left are
     * odd: then it closes a quote an earlier paragraph opened ({@code dinegosiasikan,"Ujarnya}).
     */
    private static int countMarks(String paragraph) {
        int n = 0;
        for (int i = 0; i < paragraph.length(); i++) if (isDoubleMark(paragraph.charAt(i))) n++;
        return n;
    }

    public static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '″';
    }

    /**
     * Whether the straight mark at {@code i}, met with no quote open, can only close one: punctuation before it
     * (spaces allowed), and a space, then a lower-case word (a cue) or the paragraph's end, after it ({@code ...
     * lagi murah, " ujar Putu}, the page having lost the opening mark). It quotes nothing, as a closing curly mark with no
     * quote open does not.
     */
    private static boolean strayClose(String s, int i) {
        int before = i - 1, after = i + 1;
        while (before >= 0 && Character.isWhitespace(s.charAt(before))) before--;
        if (after < s.length() && !Character.isWhitespace(s.charAt(after))) return false; // ", "membawa": it opens
        while (after < s.length() && Character.isWhitespace(s.charAt(after))) after++;
        return before >= 0 && ",.!?".indexOf(s.charAt(before)) >= 0
                && (after >= s.length() || Character.isLowerCase(s.charAt(after)));
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
