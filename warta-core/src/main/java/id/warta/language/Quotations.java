package id.warta.language;

import id.warta.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stretches of a paragraph that lie inside double quotation marks, straight or
 * curly. Scraped news is careless with them, so a straight mark is read as opening or
 * closing from its neighbours ({@code ,"Tegasnya} closes, {@code kata: "Kami} opens), and a
 * paragraph may close a quote it never opened (a quote running over several paragraphs) or
 * open one it never closes.
 */
public final class Quotations {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

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

    /** A pair of straight marks quoting at most this many words inside a quote is a term the speaker quotes. */
    private static final int MAX_NESTED_WORDS = 3;

    /**
     * Straight marks nest badly: a speaker quoting a term inside a quote typed with the same marks
     * ({@code "Ekonomi sudah "lampu kuning". Jangan sampai "merah"," tulis X}) would end the quote at the
     * term and quote the narration after it. A pair of straight marks around a few words, the first opening
     * (a space before it, a letter after it) and the second closing (a letter or full stop before it, a
     * space or punctuation after it), inside a quote (the mark before them opens one, and a mark follows
     * them to close it, not to open another quote) is such a term: its marks are read as apostrophes, the quote runs on.
     * Both the quote finder and the text normaliser read marks through this, so that the normaliser does not take the
     * quote's close glued to its cue ({@code "gendut" ... jauh,"ungkap}) for an opening mark and space it.
     */
    public static String hideNested(String paragraph) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < paragraph.length(); i++) if (isDoubleMark(paragraph.charAt(i))) marks.add(i);
        if (marks.size() < 4) return paragraph;
        char[] chars = null;
        int prev = -1;
        for (int k = 0; k < marks.size(); k++) {
            int i = marks.get(k);
            if (prev >= 0 && k + 2 < marks.size() && opensQuote(paragraph, prev)
                    && paragraph.charAt(i) == '"' && paragraph.charAt(marks.get(k + 1)) == '"'
                    && strictlyOpening(paragraph, i) && strictlyClosing(paragraph, marks.get(k + 1))
                    && wordCount(paragraph.substring(i + 1, marks.get(k + 1))) <= MAX_NESTED_WORDS
                    && closesLater(paragraph, marks, k + 2)) {
                if (chars == null) chars = paragraph.toCharArray();
                chars[i] = '\'';
                chars[marks.get(k + 1)] = '\'';
                k++;
                continue;
            }
            prev = i;
        }
        return chars == null ? paragraph : new String(chars);
    }

    /**
     * Whether the marks from the {@code k}th on, past further quoted terms, come to one that closes the quote
     * ({@code "merah"," tulis}) rather than one opening another quote ({@code "Economy Basic' ... kelas
     * "Economy Basic" tersebut ... "Ini murah," ungkap}: the first quote's close was mistyped, the term is the narration's).
     */
    private static boolean closesLater(String s, List<Integer> marks, int k) {
        while (k < marks.size()) {
            int m = marks.get(k);
            if (!strictlyOpening(s, m)) return true;
            if (k + 1 < marks.size() && strictlyClosing(s, marks.get(k + 1))
                    && wordCount(s.substring(m + 1, marks.get(k + 1))) <= MAX_NESTED_WORDS) {
                k += 2;
                continue;
            }
            return false;
        }
        return false;
    }

    /** {@code "Kami}, {@code 2008."Negara}: a mark with a word right after it and a space, start or sentence end before it. */
    private static boolean opensQuote(String s, int i) {
        if (s.charAt(i) == '”') return false;
        if (s.charAt(i) == '“' || s.charAt(i) == '„') return true;
        if (i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1))) return false;
        return i == 0 || Character.isWhitespace(s.charAt(i - 1)) || ".!?:".indexOf(s.charAt(i - 1)) >= 0;
    }

    private static boolean strictlyOpening(String s, int i) {
        return i > 0 && Character.isWhitespace(s.charAt(i - 1)) && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    private static boolean strictlyClosing(String s, int i) {
        return i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.')
                && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)) || ".,;:!?)".indexOf(s.charAt(i + 1)) >= 0);
    }

    private static int wordCount(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) n++;
        return n;
    }
}
