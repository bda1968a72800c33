package id.warta.extract.html;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
    /** How an element's class and id judge it. */
    enum Verdict {
        /** Not furniture. */
        TEXT,
        /** Furniture, unless it holds most of the text around it. */
        FURNITURE,
        /** Furniture whatever it holds (comment threads). */
        ALWAYS
    }

    /** How a rule of {@code noise.tsv} matches (its first column), read once when the file is loaded. */
    private enum How {
        CONTAINS, STARTS, EQUALS, WORD;

        static How of(String how) {
            return switch (how) {
                case "contains" -> CONTAINS;
                case "starts" -> STARTS;
                case "equals" -> EQUALS;
                case "word" -> WORD;
                default -> throw new IllegalStateException("noise.tsv: unknown rule " + how);
            };
        }
    }

    private record Rule(How how, String value, boolean always) {
        boolean matches(String name, String[] tokens) {
            return switch (how) {
                case CONTAINS -> name.contains(value);
                case STARTS -> name.startsWith(value);
                case EQUALS -> name.equals(value);
                case WORD -> Arrays.asList(tokens).contains(value);
            };
        }
    }

    private static final Set<String> DROPPED_TAGS = Set.copyOf(Vocabulary.words("tags.tsv"));
    /** Dropped tags kept when they hold most of the page: a page that never closed its header holds everything in it. */
    private static final Set<String> UNLESS_WRAPPING = tagsWith("unless-wrapping");
    /** Dropped tags kept inside an article: there a header is the article's own (title, lead), not the site's. */
    private static final Set<String> UNLESS_IN_ARTICLE = tagsWith("unless-in-article");
    /** Dropped tags dropped only when they ask the reader to write (newsletter, comment, login forms). */
    private static final Set<String> IF_ASKING = tagsWith("if-asking");
    /** Dropped tags kept when they hold an {@code <h1>}: the article set in an {@code <aside>}, headline and all. */
    private static final Set<String> UNLESS_HEADLINE = tagsWith("unless-headline");
    private static final String READER_FIELDS = "input[type=email], input[type=password], textarea";
    private static final List<Rule> NOISE = Vocabulary.rows("noise.tsv").stream().filter(r -> !r[0].equals("not"))
            .map(r -> new Rule(How.of(r[0]), r[1].toLowerCase(Locale.ROOT), r.length > 2 && r[2].equals("always"))).toList();
    private static final List<String> NOT_NOISE = Vocabulary.rows("noise.tsv").stream().filter(r -> r[0].equals("not"))
            .map(r -> r[1].toLowerCase(Locale.ROOT)).toList();
    /** Only containers are furniture: a heading or a link with a "nav" id is still text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("div", "section", "ul", "ol", "li", "p", "span", "table",
            "dl", "form", "figure", "center", "font", "small", "aside", "nav", "footer", "header");
    private static final List<String> KEEP = Vocabulary.words("keep.tsv");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Per page: class-and-id strings already judged (pages repeat them a lot). */
    private final Map<String, Verdict> judged = new HashMap<>();

    /** Removes non-content tags, comments and hidden elements under {@code root}. */
    static void dropNonContent(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            private int rootChars = -1;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) return FilterResult.REMOVE;
                if (!(node instanceof Element e) || node == root) return FilterResult.CONTINUE;
                if (hidden(e)) return FilterResult.REMOVE;
                if (DROPPED_TAGS.contains(e.normalName())) {
                    if (UNLESS_IN_ARTICLE.contains(e.normalName()) && inArticle(e, root)) {
                        e.select("h1").remove(); // the article's headline: the page's title field holds it
                        return FilterResult.CONTINUE;
                    }
                    boolean kept = IF_ASKING.contains(e.normalName()) && e.selectFirst(READER_FIELDS) == null || wrapsPage(e)
                            || UNLESS_HEADLINE.contains(e.normalName()) && e.selectFirst("h1") != null;
                    return kept ? FilterResult.CONTINUE : FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            private boolean wrapsPage(Element e) {
                if (!UNLESS_WRAPPING.contains(e.normalName())) return false;
                int chars = visibleChars(e);
                if (chars < Thresholds.MIN_BODY_CHARS) return false; // too little to hold an article: the page is not read
                if (rootChars < 0) rootChars = visibleChars(root);
                return chars >= rootChars * Thresholds.WRAPPER_SHARE;
            }
        }, root);
    }

    /** The characters of text under {@code e} (as {@link TextStats} counts them), without building the text. */
    private static int visibleChars(Element e) {
        int[] chars = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) chars[0] += TextStats.visibleLength(t.getWholeText());
        }, e);
        return chars[0];
    }

    /** Whether an {@code <article>} or {@code <main>} below {@code root} holds {@code e}. */
    private static boolean inArticle(Element e, Element root) {
        for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
            if (a.normalName().equals("article") || a.normalName().equals("main")) return true;
        }
        return false;
    }

    private static Set<String> tagsWith(String condition) {
        return Vocabulary.rows("tags.tsv").stream().filter(r -> r.length > 1 && List.of(r[1].split(" ")).contains(condition))
                .map(r -> r[0].toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Removes furniture under {@code root} (never {@code root} itself), and the headers of its
     * articles: the pruned page is for scoring, where a header's lead would vote for the page
     * around the article rather than for the article's body.
     *
     * @param guarded when true, elements whose class or id also names an article container
     *                ({@code keep.tsv}) stay: used when pruning a whole page, where a wrapper
     *                like {@code content has-sidebar} may hold the article
     */
    void dropFurniture(Element root, boolean guarded) {
        TextStats stats = new TextStats(root);
        int total = stats.chars(root);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || node == root) return FilterResult.CONTINUE;
                // an article's own header (title, lead, byline) would vote for the page around the article
                if (UNLESS_IN_ARTICLE.contains(e.normalName()) && inArticle(e, root)) return FilterResult.REMOVE;
                if (isFurniture(e, guarded, stats, total)) return FilterResult.REMOVE;
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /**
     * Whether {@code e} is furniture to skip, given the characters {@code total} of the root it
     * is read under: a marked element holding most of them is the article's wrapper, not furniture.
     */
    boolean isFurniture(Element e, boolean guarded, TextStats stats, int total) {
        return switch (verdict(e, guarded)) {
            case TEXT -> false;
            case ALWAYS -> true;
            case FURNITURE -> stats.chars(e) < total * Thresholds.WRAPPER_SHARE;
        };
    }

    Verdict verdict(Element e, boolean guarded) {
        String cls = e.className(), id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return Verdict.TEXT;
        // an <article> is the article, or one of its parts; only one that names a box asking the
        // reader to act (an <article class="cta-box"> set inside the body) is none
        if (e.normalName().equals("article")) return Candidates.isBox(e) ? Verdict.FURNITURE : Verdict.TEXT;
        if (!FURNITURE_TAGS.contains(e.normalName())) return Verdict.TEXT;
        String key = cls + "#" + id + (guarded ? "!" : "");
        return judged.computeIfAbsent(key, k -> judge(cls.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT), guarded));
    }

    private static Verdict judge(String cls, String id, boolean guarded) {
        Verdict v = worse(noise(cls), noise(id));
        if (v != Verdict.FURNITURE || !guarded) return v;
        String both = cls + " " + id;
        return KEEP.stream().noneMatch(both::contains) ? v : Verdict.TEXT;
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Verdict noise(String name) {
        for (String wrapper : NOT_NOISE) if (name.contains(wrapper)) name = name.replace(wrapper, " ");
        if (name.isBlank()) return Verdict.TEXT;
        String[] tokens = WHITESPACE.split(name);
        Verdict v = Verdict.TEXT;
        for (Rule rule : NOISE) {
            boolean hit = false;
            if (rule.how() == How.WORD || rule.how() == How.CONTAINS) {
                hit = rule.matches(name, tokens);
            } else {
                for (String t : tokens) hit |= rule.matches(t, tokens);
            }
            if (hit) {
                if (rule.always()) return Verdict.ALWAYS;
                v = Verdict.FURNITURE;
            }
        }
        return v;
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
