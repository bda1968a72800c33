package id.warta.extract.html;

import id.warta.extract.html.JusText.Verdict;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Weighs the cascade's body against jusText's reading of the whole page, as trafilatura's
 * {@code external.py} weighs its own extraction against its fallbacks.
 */
final class SecondOpinion {
    private SecondOpinion() {
    }

    static Blocks.Result weigh(Blocks.Result main, Blocks.Result page, List<Verdict> verdicts) {
        int[] at = locate(main, page);
        Blocks.Result jt = JusText.extract(page, verdicts);
        int jtChars = jt.chars(), mainChars = main.chars();
        if (jtChars > 0 && prefersOther(main, at, page, verdicts, jtChars, mainChars)) return jt;
        // The good prose just above the body (a lead, a first paragraph outside the named
        // container) opens it; below the body, good-looking blocks are mostly other articles.
        int first = Integer.MAX_VALUE;
        for (int i : at) if (i >= 0) first = Math.min(first, i);
        if (first == Integer.MAX_VALUE) return main;
        List<Integer> before = adjacentGood(page, verdicts, first, -1);
        if (before.isEmpty()) return main;
        List<Page.Block> blocks = new ArrayList<>(main.blocks());
        List<Element> origins = new ArrayList<>(main.origins());
        for (int i : before) {
            blocks.addFirst(page.blocks().get(i));
            origins.addFirst(page.origins().get(i));
        }
        return new Blocks.Result(blocks, main.captions(), origins);
    }

    /** Trafilatura's reasons to take the other extraction: ours is much shorter, mostly links, or misses the page's prose. */
    private static boolean prefersOther(Blocks.Result main, int[] at, Blocks.Result page, List<Verdict> verdicts, int jtChars,
                                        int mainChars) {
        if (mainChars == 0) return true;
        int covered = 0;
        for (int i : at) if (i >= 0 && verdicts.get(i) == Verdict.GOOD) covered += page.blocks().get(i).text().length();
        if (mainChars < Thresholds.MIN_BODY_CHARS && jtChars > mainChars) return true;
        if (jtChars > 2 * mainChars && covered < jtChars * Thresholds.SECOND_OPINION_HALF_COVERED) return true;
        int linked = 0;
        for (Page.Block b : main.blocks()) linked += JusText.linkedChars(b);
        if (linked > mainChars * Thresholds.SECOND_OPINION_LINKED_BODY && jtChars > mainChars / 2) return true;
        return covered < jtChars * Thresholds.SECOND_OPINION_MISSED && jtChars > mainChars;
    }

    /**
     * A good block that may open the body: one long enough to be judged on its own, not a short
     * line (a date, a byline) that is good only by its neighbours.
     */
    private static boolean opensBody(Page.Block b) {
        return b.kind() != Page.Kind.RELATED && b.text().length() >= Thresholds.JT_LENGTH_LOW;
    }

    /** Good blocks next to index {@code from} in direction {@code step}, across small gaps of other blocks. */
    private static List<Integer> adjacentGood(Blocks.Result page, List<Verdict> verdicts, int from, int step) {
        List<Integer> found = new ArrayList<>();
        int gap = 0;
        for (int i = from + step; i >= 0 && i < verdicts.size(); i += step) {
            Page.Block b = page.blocks().get(i);
            if (verdicts.get(i) == Verdict.GOOD && opensBody(b)) {
                found.add(i);
                gap = 0;
            } else {
                gap += b.text().length();
                if (gap > Thresholds.MAX_LEAD_GAP_CHARS) break;
            }
        }
        return found;
    }

    /** For each block of {@code main}, the index of the same block in {@code page} (same element, same text), or -1. */
    private static int[] locate(Blocks.Result main, Blocks.Result page) {
        int[] at = new int[main.blocks().size()];
        java.util.Arrays.fill(at, -1);
        if (main.origins().isEmpty() || page.origins().isEmpty()) return at;
        Map<Element, List<Integer>> byOrigin = new IdentityHashMap<>();
        for (int i = 0; i < page.origins().size(); i++) byOrigin.computeIfAbsent(page.origins().get(i), k -> new ArrayList<>()).add(i);
        for (int j = 0; j < at.length; j++) {
            List<Integer> same = byOrigin.get(main.origins().get(j));
            if (same == null) continue;
            String text = main.blocks().get(j).text();
            for (int i : same) {
                if (page.blocks().get(i).text().equals(text)) {
                    at[j] = i;
                    break;
                }
            }
        }
        return at;
    }
}
