package id.warta.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The page's schema.org JSON-LD: the article object ({@code NewsArticle} and kin, found at
 * the top, in arrays, in {@code @graph} or nested), read leniently (pages put raw line breaks
 * and trailing commas in it). A block that is not JSON is skipped.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "liveblogposting", "report", "scholarlyarticle", "techarticle",
            "socialmediaposting", "posting", "review");
    /** Article types that, nested in another typed object, are about that object (a recipe's reviews), not the page's article. */
    private static final Set<String> OWN_TYPES = Set.of("review");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage", "aboutpage");
    /** Objects whose body is a list of steps rather than an {@code articleBody}: a how-to, a recipe. */
    private static final Set<String> STEP_TYPES = Set.of("howto", "recipe");
    /** Nesting deeper than this is not walked: real JSON-LD is shallow. */
    private static final int MAX_DEPTH = 12;

    private JsonLd() {
    }

    /**
     * The text of the page's how-to or recipe object, as paragraphs: its description, its
     * ingredients, then its steps ({@code step}, {@code recipeInstructions}: strings,
     * {@code HowToStep}s, {@code HowToSection}s of them), their HTML read as text. Empty when
     * the page has none. For a page that builds its text with scripts from this data.
     */
    static List<String> steps(Markup markup) {
        JsonNode howTo = first(markup, STEP_TYPES, Set.of()).orElse(null);
        List<String> out = new ArrayList<>();
        if (howTo == null) return out;
        addText(howTo.get("description"), out, 0);
        addText(howTo.get("recipeIngredient"), out, 0);
        addText(howTo.get("step"), out, 0);
        addText(howTo.get("recipeInstructions"), out, 0);
        return out;
    }

    /** Paragraphs of a JSON-LD value: a string (of HTML or text), a step's {@code text}, a section's steps, an array. */
    private static void addText(JsonNode v, List<String> out, int depth) {
        if (v == null || depth > MAX_DEPTH) return;
        if (v.isTextual()) {
            org.jsoup.nodes.Document fragment = org.jsoup.Jsoup.parseBodyFragment(v.asText());
            var paragraphs = fragment.body().select("p, li");
            if (paragraphs.isEmpty()) paragraphs = new org.jsoup.select.Elements(fragment.body());
            for (Element p : paragraphs) {
                if (p.normalName().equals("li") && p.selectFirst("p") != null) continue; // its paragraphs are read
                String text = p.text().strip();
                if (!text.isEmpty()) out.add(text);
            }
        } else if (v.isArray()) {
            for (JsonNode each : v) addText(each, out, depth + 1);
        } else if (v.isObject()) {
            if (v.has("itemListElement")) {
                addText(v.get("name"), out, depth + 1);
                addText(v.get("itemListElement"), out, depth + 1);
            } else {
                addText(v.get("text"), out, depth + 1);
            }
        }
    }

    /** The article object, else a web-page object, else empty. */
    static Optional<JsonNode> article(Markup markup) {
        return first(markup, ARTICLE_TYPES, PAGE_TYPES);
    }

    /** The first object of one of {@code types} (not a nested review), else the first of {@code fallbackTypes}, else empty. */
    private static Optional<JsonNode> first(Markup markup, Set<String> types, Set<String> fallbackTypes) {
        JsonNode page = null;
        for (Element script : markup.tagged("script", "script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(data(script));
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (root == null) continue;
            Deque<JsonNode> stack = new ArrayDeque<>();
            Deque<Integer> depths = new ArrayDeque<>();
            Deque<Boolean> inTyped = new ArrayDeque<>(); // whether an enclosing object has a @type
            stack.push(root);
            depths.push(0);
            inTyped.push(false);
            while (!stack.isEmpty()) {
                JsonNode node = stack.pop();
                int depth = depths.pop();
                boolean nested = inTyped.pop();
                if (node.isObject()) {
                    if (hasType(node, types) && !(nested && hasOnlyType(node, OWN_TYPES))) return Optional.of(node);
                    if (page == null && hasType(node, fallbackTypes)) page = node;
                }
                if (depth >= MAX_DEPTH || !(node.isObject() || node.isArray())) continue;
                boolean typed = nested || node.isObject() && node.has("@type");
                List<JsonNode> children = new ArrayList<>();
                node.forEach(children::add);
                for (int i = children.size() - 1; i >= 0; i--) {
                    if (children.get(i).isContainerNode()) {
                        stack.push(children.get(i));
                        depths.push(depth + 1);
                        inTyped.push(typed);
                    }
                }
            }
        }
        return Optional.ofNullable(page);
    }

    /**
     * The script's JSON, unwrapped from the XHTML {@code <![CDATA[ ... ]]>} section some pages
     * put it in (MediaWiki does), with or without a comment before each mark ({@code //<![CDATA[}).
     */
    static String data(Element script) {
        String s = script.data().strip();
        if (!s.startsWith("<![CDATA[") && !s.startsWith("//<![CDATA[") && !s.startsWith("/*<![CDATA[*/")) return s;
        int open = s.indexOf("<![CDATA[") + "<![CDATA[".length(), close = s.lastIndexOf("]]>");
        if (close < open) return s.substring(open);
        String inner = s.substring(open, close).stripTrailing();
        if (inner.endsWith("//")) inner = inner.substring(0, inner.length() - 2);
        else if (inner.endsWith("/*")) inner = inner.substring(0, inner.length() - 2);
        return inner.startsWith("*/") ? inner.substring(2) : inner;
    }

    private static boolean hasOnlyType(JsonNode node, Set<String> types) {
        JsonNode t = node.get("@type");
        if (t.isTextual()) return types.contains(t.asText().toLowerCase(Locale.ROOT));
        for (JsonNode each : t) if (!types.contains(each.asText().toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode t = node.get("@type");
        if (t == null) return false;
        if (t.isTextual()) return types.contains(t.asText().toLowerCase(Locale.ROOT));
        for (JsonNode each : t) if (types.contains(each.asText().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** A text field, or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null) return null;
        if (v.isArray() && !v.isEmpty()) v = v.get(0);
        if (v.isObject()) v = v.has("name") ? v.get("name") : v.get("@value");
        return v != null && v.isValueNode() && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    /** The names of the article's authors (a string, an object, or an array of either). */
    static List<String> authors(JsonNode article) {
        List<String> names = new ArrayList<>();
        JsonNode a = article == null ? null : article.get("author");
        if (a == null) return names;
        for (JsonNode each : a.isArray() ? a : List.of(a)) {
            String name = each.isTextual() ? each.asText() : each.path("name").asText("");
            if (!name.isBlank()) names.add(name.strip());
        }
        return names;
    }

    /** The image's address and caption: a string, an {@code ImageObject}, or an array of them. */
    static String[] image(JsonNode article) {
        JsonNode img = article == null ? null : article.get("image");
        if (img == null) return null;
        if (img.isArray()) img = img.isEmpty() ? null : img.get(0);
        if (img == null) return null;
        if (img.isTextual()) return new String[] {img.asText(), null};
        String url = img.path("url").asText(img.path("contentUrl").asText(""));
        String caption = img.path("caption").asText(null);
        return url.isBlank() ? null : new String[] {url, caption};
    }
}
