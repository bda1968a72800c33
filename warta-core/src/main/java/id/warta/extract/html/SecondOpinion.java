package id.warta.extract.html;

import id.warta.extract.html.JusText.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * jusText's reading weighed against the cascade's body, as trafilatura's {@code external.py}
 * weighs its own extraction against its fallbacks; run only where it pays for itself:
 * <ul>
 *   <li>{@link #aboveBody}: on every body cut from the page, the few blocks just above it: good
 *       prose there (a lead outside the body's container) opens the body;</li>
 *   <li>{@link #ofWholePage}: only when the page names no body container (the cascade guessed),
 *       the whole page, pruned of its furniture: jusText's good blocks replace a body that missed
 *       the article.</li>
 * </ul>
 */
final class SecondOpinion {
    private SecondOpinion() {
    }

    /**
     * The body, opened by the good prose just above it on the page. Only a window of blocks
     * above the body and the body's opening are walked and judged, not the whole page.
     */
    static Blocks.Result aboveBody(Blocks.Result body, Cleaner cleaner, String language) {
        if (body.start() == null || body.blocks().isEmpty()) return body;
        List<Page.Block> window = blocksAbove(body.start(), cleaner);
        if (window.isEmpty()) return body;
        int first = window.size(), chars = 0;
        for (Page.Block b : body.blocks()) {
            window.add(b); // the body's opening: the context the blocks just above it are judged in
            if ((chars += b.text().length()) > Thresholds.SECOND_OPINION_WINDOW_CHARS) break;
        }
        List<Verdict> verdicts = JusText.classify(window, Stopwords.forPage(language, window));
        List<Page.Block> lead = new ArrayList<>();
        int gap = 0;
        for (int i = first - 1; i >= 0; i--) {
            Page.Block b = window.get(i);
            if (verdicts.get(i) == Verdict.GOOD && opensBody(b)) {
                lead.addFirst(b);
                gap = 0;
            } else if ((gap += b.text().length()) > Thresholds.MAX_LEAD_GAP_CHARS) {
                break;
            }
        }
        if (lead.isEmpty()) return body;
        lead.addAll(body.blocks());
        return new Blocks.Result(lead, body.captions(), body.start());
    }

    /**
     * The blocks before {@code start} in page order: the elements before it and before each of its
     * ancestors, nearest first, until the window holds enough text.
     */
    private static List<Page.Block> blocksAbove(Element start, Cleaner cleaner) {
        List<List<Page.Block>> nearestFirst = new ArrayList<>();
        int chars = 0;
        outer:
        for (Element e = start; e.parent() != null && !e.normalName().equals("body"); e = e.parent()) {
            for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                Blocks.Result r = Blocks.of(List.of(s), cleaner, false);
                nearestFirst.add(r.blocks());
                for (Page.Block b : r.blocks()) chars += b.text().length();
                if (chars > Thresholds.SECOND_OPINION_WINDOW_CHARS) break outer;
            }
        }
        List<Page.Block> window = new ArrayList<>();
        for (int i = nearestFirst.size() - 1; i >= 0; i--) window.addAll(nearestFirst.get(i));
        return window;
    }

    /**
     * The body, or jusText's good blocks of the whole {@code page} (pruned of its furniture, as for
     * scoring) when trafilatura's reasons to take the other extraction hold: ours is much shorter,
     * mostly links, or misses the page's prose.
     */
    static Blocks.Result ofWholePage(Blocks.Result body, Element page, Cleaner cleaner, String language) {
        List<Page.Block> all = Blocks.of(List.of(page), cleaner, false).blocks();
        List<Verdict> verdicts = JusText.classify(all, Stopwords.forPage(language, all));
        Set<String> ours = new HashSet<>();
        for (Page.Block b : body.blocks()) ours.add(b.text());
        List<Page.Block> good = new ArrayList<>();
        int goodChars = 0, covered = 0;
        for (int i = 0; i < all.size(); i++) {
            if (verdicts.get(i) != Verdict.GOOD) continue;
            Page.Block b = all.get(i);
            good.add(b);
            goodChars += b.text().length();
            if (ours.contains(b.text())) covered += b.text().length();
        }
        int bodyChars = body.chars(), linked = 0;
        for (Page.Block b : body.blocks()) linked += JusText.linkedChars(b);
        boolean missed = goodChars > 0 && (bodyChars == 0
                || bodyChars < Thresholds.MIN_BODY_CHARS && goodChars > bodyChars
                || goodChars > 2 * bodyChars && covered < goodChars * Thresholds.SECOND_OPINION_HALF_COVERED
                || linked > bodyChars * Thresholds.SECOND_OPINION_LINKED_BODY && goodChars > bodyChars / 2
                || covered < goodChars * Thresholds.SECOND_OPINION_MISSED && goodChars > bodyChars);
        return missed ? new Blocks.Result(good, List.of(), null) : body;
    }

    /**
     * A good block that may open the body: one long enough to be judged on its own, not a short
     * line (a date, a byline) that is good only by its neighbours.
     */
    private static boolean opensBody(Page.Block b) {
        return b.kind() != Page.Kind.RELATED && b.text().length() >= Thresholds.JT_LENGTH_LOW;
    }
}
