package id.warta.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * jusText's paragraph classifier (Jan Pomikálek, "Removing Boilerplate and Duplicate Content
 * from Web Corpora", 2011), written anew over Warta's blocks: every block of the whole page is
 * judged on its own by length, link density and stop-word density, then short and borderline
 * blocks take the class of the good or bad blocks around them. Warta's second opinion: it does
 * not depend on how the page names its containers.
 */
final class JusText {
    /** A block's class, first on its own, then in context. */
    enum Verdict { GOOD, NEAR_GOOD, SHORT, BAD }

    private JusText() {
    }

    /** The class of each block of {@code page}, in context. */
    static List<Verdict> classify(List<Page.Block> page, Stopwords stopwords) {
        List<Verdict> own = new ArrayList<>(page.size());
        for (Page.Block b : page) own.add(onItsOwn(b, stopwords));
        return revise(page, own);
    }

    static Verdict onItsOwn(Page.Block b, Stopwords stopwords) {
        if (b.kind() == Page.Kind.RELATED) return Verdict.BAD;
        String text = b.text();
        int length = text.length();
        int linked = linkedChars(b);
        if (length == 0 || linked > length * Thresholds.JT_MAX_LINK_DENSITY) return Verdict.BAD;
        if (text.indexOf('©') >= 0) return Verdict.BAD;
        if (length < Thresholds.JT_LENGTH_LOW) return linked > 0 ? Verdict.BAD : Verdict.SHORT;
        double density = stopwordDensity(text, stopwords);
        if (density >= Thresholds.JT_STOPWORDS_HIGH) return length > Thresholds.JT_LENGTH_HIGH ? Verdict.GOOD : Verdict.NEAR_GOOD;
        if (density >= Thresholds.JT_STOPWORDS_LOW) return Verdict.NEAR_GOOD;
        return Verdict.BAD;
    }

    /**
     * Context: a short block between good ones is good, between bad ones bad; a borderline
     * (near-good) block is good unless bad blocks surround it; a heading just above good text is
     * good. The page's edges count as bad.
     */
    private static List<Verdict> revise(List<Page.Block> page, List<Verdict> own) {
        List<Verdict> v = new ArrayList<>(own);
        int n = v.size();
        for (int i = 0; i < n; i++) {
            if (v.get(i) == Verdict.SHORT && isHeading(page.get(i)) && goodWithin(v, page, i)) v.set(i, Verdict.NEAR_GOOD);
        }
        // The neighbours are found in one pass each way: scanning from every block of a long run
        // of short ones (a page of one-line paragraphs) would take time quadratic in the run.
        Verdict[] prevClass = nearest(v, -1, true), nextClass = nearest(v, 1, true);
        Verdict[] prevAny = nearest(v, -1, false), nextAny = nearest(v, 1, false);
        List<Verdict> shorts = new ArrayList<>(v);
        for (int i = 0; i < n; i++) {
            if (v.get(i) != Verdict.SHORT) continue;
            Verdict prev = prevClass[i], next = nextClass[i];
            Verdict c;
            if (prev == Verdict.GOOD && next == Verdict.GOOD) c = Verdict.GOOD;
            else if (prev == Verdict.BAD && next == Verdict.BAD) c = Verdict.BAD;
            else if (prev == Verdict.BAD && prevAny[i] == Verdict.NEAR_GOOD
                    || next == Verdict.BAD && nextAny[i] == Verdict.NEAR_GOOD) c = Verdict.GOOD;
            else c = Verdict.BAD;
            shorts.set(i, c);
        }
        v = shorts;
        // Near-good blocks are settled in order, each seeing the settled class of the block before it.
        nextClass = nearest(v, 1, true);
        Verdict prev = Verdict.BAD;
        for (int i = 0; i < n; i++) {
            if (v.get(i) == Verdict.NEAR_GOOD) {
                v.set(i, prev == Verdict.BAD && nextClass[i] == Verdict.BAD ? Verdict.BAD : Verdict.GOOD);
            }
            prev = v.get(i);
        }
        for (int i = 0; i < n; i++) {
            if (isHeading(page.get(i)) && v.get(i) == Verdict.BAD && own.get(i) != Verdict.BAD && goodWithin(v, page, i)) {
                v.set(i, Verdict.GOOD);
            }
        }
        return v;
    }

    /** Whether a good block follows block {@code i} within the heading distance. */
    private static boolean goodWithin(List<Verdict> v, List<Page.Block> page, int i) {
        int distance = 0;
        for (int j = i + 1; j < v.size() && distance <= Thresholds.JT_MAX_HEADING_DISTANCE; j++) {
            if (v.get(j) == Verdict.GOOD) return true;
            distance += page.get(j).text().length();
        }
        return false;
    }

    /**
     * For each block, the class at the end of the run of short (and, when {@code skipNearGood},
     * near-good) blocks next to it in direction {@code step}; bad past the page's edge.
     */
    private static Verdict[] nearest(List<Verdict> v, int step, boolean skipNearGood) {
        int n = v.size();
        Verdict[] nearest = new Verdict[n];
        Verdict seen = Verdict.BAD;
        for (int k = 0; k < n; k++) {
            int i = step < 0 ? k : n - 1 - k;
            nearest[i] = seen;
            Verdict c = v.get(i);
            if (c == Verdict.GOOD || c == Verdict.BAD || c == Verdict.NEAR_GOOD && !skipNearGood) seen = c;
        }
        return nearest;
    }

    private static boolean isHeading(Page.Block b) {
        return Thresholds.JT_HEADINGS && b.kind() == Page.Kind.HEADING;
    }

    static int linkedChars(Page.Block b) {
        int n = 0;
        for (Page.Link l : b.links()) n += l.text().length();
        return Math.min(n, b.text().length());
    }

    static double stopwordDensity(String text, Stopwords stopwords) {
        return stopwords.isEmpty() ? 1 : stopwords.density(text); // no list for this language: length and links decide
    }
}
