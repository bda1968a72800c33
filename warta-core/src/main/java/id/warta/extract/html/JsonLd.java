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
    /** Nesting deeper than this is not walked: real JSON-LD is shallow. */
    private static final int MAX_DEPTH = 12;

    private JsonLd() {
    }

    /** The article object, else a web-page object, else empty. */
    static Optional<JsonNode> article(Markup markup) {
        JsonNode page = null;
        for (Element script : markup.tagged("script", "script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
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
                    if (hasType(node, ARTICLE_TYPES) && !(nested && hasOnlyType(node, OWN_TYPES))) return Optional.of(node);
                    if (page == null && hasType(node, PAGE_TYPES)) page = node;
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

    private static boolean hasOnlyType(JsonNode node, Set<String> types) {
        JsonNode t = node.get("@type");
        if (t.isTextual()) return types.contains(t.asText().toLowerCase(java.util.Locale.ROOT));
        for (JsonNode each : t) if (!types.contains(each.asText().toLowerCase(java.util.Locale.ROOT))) return false;
        return true;
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode t = node.get("@type");
        if (t == null) return false;
        if (t.isTextual()) return types.contains(t.asText().toLowerCase(java.util.Locale.ROOT));
        for (JsonNode each : t) if (types.contains(each.asText().toLowerCase(java.util.Locale.ROOT))) return true;
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
