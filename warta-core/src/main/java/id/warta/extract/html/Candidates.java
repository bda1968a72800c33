package id.warta.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where the article body is: a container the page names as such ({@code content.tsv}), or,
 * failing that, the element its prose paragraphs crowd into (scored as Readability does:
 * every paragraph votes for its ancestors, links count against).
 */
final class Candidates {
    private static final List<ContainerIndex.Selector> SELECTORS = Vocabulary.words("content.tsv").stream()
            .map(ContainerIndex.Selector::parse).toList();
    /** Name parts of a box asking the reader to act, which a bare {@code article} selector also matches ({@code boxes.tsv}). */
    private static final Set<String> BOXES = Set.copyOf(Vocabulary.words("boxes.tsv"));
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s_-]+");
    /** How many matches of one selector are weighed before the longest is taken. */
    private static final int MAX_MATCHES = 8;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_CHILD_TAGS = Set.of("p", "div", "section", "article", "table", "ul", "ol",
            "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "form");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|main|page|post|text|blog|story|detail|isi|berita|read");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo"
                    + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|terkait|populer");

    private Candidates() {
    }

    /**
     * The first container named by {@code content.tsv} that holds enough text (the longest of its
     * matches), with the parts of the same body the page sets in containers of their own: matches of
     * the same tag and class that hold prose too ({@link #parts}). In page order.
     */
    static Optional<List<Element>> known(Element body) {
        ContainerIndex index = new ContainerIndex(body, SELECTORS);
        for (ContainerIndex.Selector selector : SELECTORS) {
            List<Element> found = index.find(selector).stream().filter(e -> !isBox(e)).toList();
            Element best = null;
            int bestChars = Thresholds.MIN_CONTAINER_CHARS - 1;
            int[] chars = new int[Math.min(found.size(), MAX_MATCHES)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = found.get(i).text().length();
                if (chars[i] > bestChars) {
                    best = found.get(i);
                    bestChars = chars[i];
                }
            }
            if (best != null) return Optional.of(parts(best, bestChars, found, chars));
        }
        return Optional.empty();
    }

    /** Whether the element's class or id names it a box that asks the reader to act ({@code boxes.tsv}). */
    static boolean isBox(Element e) {
        for (String part : nameParts(e)) if (BOXES.contains(part)) return true;
        return false;
    }

    /** The parts of the element's class and id, split on blanks, {@code -} and {@code _}, in lower case. */
    static String[] nameParts(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) return new String[0];
        return NAME_PARTS.split((e.className() + " " + e.id()).toLowerCase(Locale.ROOT));
    }

    /**
     * The best match and the other matches that are parts of the same body, in page order: of its tag
     * and class, holding a share of its text ({@link Thresholds#MIN_PART_SHARE}) and none of them inside
     * another. A page built of blocks ({@code article.ImageText_Container} after {@code article.ImageText_Container})
     * splits one story across them; a list of teasers holds less text per card than the article it sits beside.
     */
    private static List<Element> parts(Element best, int bestChars, List<Element> matches, int[] chars) {
        if (chars.length < 2 || best.className().isEmpty()) return List.of(best);
        List<Element> parts = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            Element m = matches.get(i);
            if (m == best) {
                parts.add(m);
                continue;
            }
            if (!m.normalName().equals(best.normalName()) || !m.className().equals(best.className())) continue;
            if (chars[i] < bestChars * Thresholds.MIN_PART_SHARE) continue;
            if (nested(m, best)) continue;
            parts.add(m);
        }
        return parts;
    }

    /**
     * The best-scored element and the siblings that belong with it, in page order; empty when
     * no paragraph votes. {@code body} should be pruned of furniture first.
     */
    static List<Element> scored(Element body) {
        TextStats stats = new TextStats(body);
        // in the order first voted for, so a tie goes to the earlier candidate (an IdentityHashMap's order changes from run to run)
        Map<Element, double[]> scores = new LinkedHashMap<>();
        for (Element p : body.getAllElements()) {
            if (!isParagraph(p)) continue;
            String text = p.text();
            if (text.length() < Thresholds.MIN_SCORING_PARAGRAPH) continue;
            double vote = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = p.parent();
            for (int level = 0; level < Thresholds.SCORE_LEVELS && ancestor != null; level++) {
                if (ancestor.normalName().equals("html")) break;
                double[] s = scores.computeIfAbsent(ancestor, Candidates::initialScore);
                s[0] += vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double topScore = 0;
        for (var entry : scores.entrySet()) {
            double s = entry.getValue()[0] * (1 - stats.linkDensity(entry.getKey()));
            entry.getValue()[0] = s;
            if (s > topScore) {
                top = entry.getKey();
                topScore = s;
            }
        }
        if (top == null) return List.of();
        double siblingScore = Math.max(10, topScore * Thresholds.SIBLING_SHARE);
        List<Element> kept = withSiblings(top, siblingScore, scores, stats);
        return withParts(top, siblingScore, kept, scores, body);
    }

    /**
     * The kept elements and, in page order, the parts of the same story the page sets apart: elements of the
     * top candidate's tag and class near it that score as its siblings must (a story cut into sections by
     * its figures, {@code div.post__content} after {@code div.post__content}), as {@link #known} reads a named
     * body. Another story of the same class further off (an interview in the next frame) is none.
     */
    private static List<Element> withParts(Element top, double siblingScore, List<Element> kept, Map<Element, double[]> scores,
                                           Element body) {
        if (top.className().isEmpty()) return kept;
        Set<Element> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var entry : scores.entrySet()) {
            Element e = entry.getKey();
            if (e == top || entry.getValue()[0] < siblingScore || !e.normalName().equals(top.normalName())
                    || !e.className().equals(top.className())) continue;
            if (kept.stream().anyMatch(k -> k == e || nested(k, e)) || parts.stream().anyMatch(p -> nested(p, e))) continue;
            if (!near(top, e)) continue;
            parts.add(e);
        }
        if (parts.isEmpty()) return kept;
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(kept);
        all.addAll(parts);
        List<Element> ordered = new ArrayList<>();
        for (Element e : body.getAllElements()) if (all.contains(e)) ordered.add(e);
        return ordered;
    }

    /** Whether one of two elements holds the other. */
    static boolean nested(Element a, Element b) {
        return holds(a, b) || holds(b, a);
    }

    private static boolean holds(Element outer, Element inner) {
        for (Element up = inner.parent(); up != null; up = up.parent()) if (up == outer) return true;
        return false;
    }

    /** Whether two elements share an ancestor at most {@link Thresholds#MAX_PART_LEVELS} levels above each. */
    private static boolean near(Element a, Element b) {
        List<Element> above = b.parents();
        Element up = a.parent();
        for (int level = 0; level < Thresholds.MAX_PART_LEVELS && up != null; level++, up = up.parent()) {
            int i = above.indexOf(up);
            if (i >= 0) return i < Thresholds.MAX_PART_LEVELS;
        }
        return false;
    }

    /** {@code siblingScore}: the score a scored sibling needs to join the best candidate. */
    private static List<Element> withSiblings(Element top, double siblingScore, Map<Element, double[]> scores,
                                              TextStats stats) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                kept.add(sibling);
                continue;
            }
            double[] s = scores.get(sibling);
            boolean belongs = s != null && s[0] >= siblingScore;
            if (!belongs && sibling.normalName().equals("p")) {
                int chars = stats.chars(sibling);
                double density = stats.linkDensity(sibling);
                String text = sibling.text();
                belongs = (chars > Thresholds.SIBLING_PARAGRAPH_CHARS && density < Thresholds.MAX_LINK_DENSITY)
                        || (chars > 0 && density == 0 && text.matches("(?s).*\\.( |$).*"));
            }
            if (belongs) kept.add(sibling);
        }
        return kept;
    }

    /** A paragraph for scoring: a {@code <p>}-like element, or a {@code <div>} holding only inline content. */
    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) return true;
        if (!tag.equals("div") && !tag.equals("section")) return false;
        for (Element child : e.children()) if (BLOCK_CHILD_TAGS.contains(child.normalName())) return false;
        return true;
    }

    private static double[] initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return new double[] {score + classWeight(e)};
    }

    private static double classWeight(Element e) {
        double weight = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) continue;
            String n = name.toLowerCase(Locale.ROOT);
            if (NEGATIVE.matcher(n).find()) weight -= 25;
            if (POSITIVE.matcher(n).find()) weight += 25;
        }
        return weight;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ',') n++;
        return n;
    }
}
