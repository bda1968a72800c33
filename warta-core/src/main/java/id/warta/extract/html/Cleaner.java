package id.warta.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Drops what is never article text: non-content elements ({@code tags.tsv}), hidden parts,
 * and page furniture marked by its class or id ({@code noise.tsv}). Iterative, so pages
 * nested thousands of levels deep cannot overflow the stack.
 */
final class Cleaner {
    private record Rule(String how, String value) {
        boolean matches(String name, String[] tokens) {
            return switch (how) {
                case "contains" -> name.contains(value);
                case "starts" -> name.startsWith(value);
                case "equals" -> name.equals(value);
                case "word" -> List.of(tokens).contains(value);
                default -> throw new IllegalStateException("noise.tsv: unknown rule " + how);
            };
        }
    }

    private static final Set<String> DROPPED_TAGS = Set.copyOf(Vocabulary.words("tags.tsv"));
    private static final List<Rule> NOISE = Vocabulary.rows("noise.tsv").stream()
            .map(r -> new Rule(r[0], r[1].toLowerCase(Locale.ROOT))).toList();
    /** Only containers are furniture: a heading or a link with a "nav" id is still text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("div", "section", "ul", "ol", "li", "p", "span", "table",
            "dl", "form", "figure", "center", "font", "small", "aside", "nav", "footer", "header");
    private static final List<String> KEEP = Vocabulary.words("keep.tsv");

    /** Per page: class-and-id strings already judged (pages repeat them a lot). */
    private final Map<String, Boolean> judged = new HashMap<>();

    /** Removes non-content tags, comments and hidden elements under {@code root}. */
    static void dropNonContent(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) return FilterResult.REMOVE;
                if (node instanceof Element e && node != root && (DROPPED_TAGS.contains(e.normalName()) || hidden(e))) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /**
     * Removes furniture under {@code root} (never {@code root} itself).
     *
     * @param guarded when true, elements whose class or id also names an article container
     *                ({@code keep.tsv}) stay: used when pruning a whole page, where a wrapper
     *                like {@code content has-sidebar} may hold the article
     */
    void dropFurniture(Element root, boolean guarded) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && node != root && isFurniture(e, guarded)) return FilterResult.REMOVE;
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    boolean isFurniture(Element e, boolean guarded) {
        String cls = e.className(), id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return false;
        if (!FURNITURE_TAGS.contains(e.normalName())) return false;
        String key = cls + "#" + id + (guarded ? "!" : "");
        return judged.computeIfAbsent(key, k -> judge(cls.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT), guarded));
    }

    private static boolean judge(String cls, String id, boolean guarded) {
        boolean noise = matchesNoise(cls) || matchesNoise(id);
        if (!noise || !guarded) return noise;
        String both = cls + " " + id;
        return KEEP.stream().noneMatch(both::contains);
    }

    private static boolean matchesNoise(String name) {
        if (name.isEmpty()) return false;
        String[] tokens = name.split("\\s+");
        for (Rule rule : NOISE) {
            if (rule.how().equals("word") || rule.how().equals("contains")) {
                if (rule.matches(name, tokens)) return true;
            } else {
                for (String t : tokens) if (rule.matches(t, tokens)) return true;
            }
        }
        return false;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        return e.attr("aria-hidden").equals("true");
    }
}
