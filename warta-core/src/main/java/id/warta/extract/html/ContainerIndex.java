package id.warta.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page's elements indexed by tag, id, class and a few attributes in one pass, so the
 * dozens of container selectors of {@code content.tsv} are looked up, not each matched
 * against the whole page. Selectors are the simple forms that file uses: {@code tag},
 * {@code .class}, {@code .a.b}, {@code #id}, {@code [attr=value]}, and a tag before any of them.
 */
final class ContainerIndex {
    /** One simple CSS selector. */
    record Selector(String tag, List<String> classes, String id, String attr, String value) {
        private static final Pattern FORM = Pattern.compile(
                "([a-z][a-z0-9]*)?((?:\\.[\\w-]+)*)(?:#([\\w-]+))?(?:\\[([\\w-]+)=([\\w-]+)])?");

        static Selector parse(String css) {
            Matcher m = FORM.matcher(css.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new IllegalArgumentException("content.tsv: unsupported selector '" + css + "'");
            List<String> classes = m.group(2).isEmpty() ? List.of() : List.of(m.group(2).substring(1).split("\\."));
            return new Selector(m.group(1), classes, m.group(3), m.group(4), m.group(5));
        }

        boolean matches(Element e) {
            if (tag != null && !e.normalName().equals(tag)) return false;
            if (id != null && !e.id().toLowerCase(Locale.ROOT).equals(id)) return false;
            if (attr != null && !e.attr(attr).toLowerCase(Locale.ROOT).equals(value)) return false;
            for (String c : classes) if (!e.hasClass(c)) return false;
            return true;
        }
    }

    private static final List<String> INDEXED_ATTRIBUTES = List.of("itemprop", "role");
    /** The elements by tag, by id and by class (lower-cased), and by attribute ({@code itemprop=value}). */
    private final Map<String, List<Element>> byTag = new HashMap<>(), byId = new HashMap<>(), byClass = new HashMap<>(),
            byAttribute = new HashMap<>();
    /**
     * The keys the selectors look up, one set per index: only those are filed. Filing every class
     * of every element made building the index a third of finding the article's container.
     */
    private final Set<String> tags = new HashSet<>(), ids = new HashSet<>(), classes = new HashSet<>(),
            attributes = new HashSet<>();
    private final Set<Selector> selectors;

    /** Indexes the elements under {@code root} (itself included) that {@code selectors} may find. */
    ContainerIndex(Element root, List<Selector> selectors) {
        this.selectors = Set.copyOf(selectors);
        for (Selector s : selectors) {
            if (s.id() != null) ids.add(s.id());
            else if (!s.classes().isEmpty()) classes.add(s.classes().getFirst());
            else if (s.attr() != null) attributes.add(attributeKey(s.attr(), s.value()));
            else tags.add(s.tag());
        }
        for (Element e : root.getAllElements()) {
            if (tags.contains(e.normalName())) add(byTag, e.normalName(), e);
            String id = e.id();
            if (!id.isEmpty()) add(byId, ids, id.toLowerCase(Locale.ROOT), e);
            String cls = e.className();
            if (!cls.isEmpty()) {
                String lower = cls.toLowerCase(Locale.ROOT);
                for (int i = 0, end; i < lower.length(); i = end + 1) {
                    end = i;
                    while (end < lower.length() && !Character.isWhitespace(lower.charAt(end))) end++;
                    if (end > i) add(byClass, classes, lower.substring(i, end), e);
                }
            }
            for (String a : INDEXED_ATTRIBUTES) {
                String v = e.attr(a);
                if (!v.isEmpty()) add(byAttribute, attributes, attributeKey(a, v.toLowerCase(Locale.ROOT)), e);
            }
        }
    }

    private static String attributeKey(String attribute, String value) {
        return attribute + "=" + value;
    }

    private static void add(Map<String, List<Element>> index, Set<String> wanted, String key, Element e) {
        if (wanted.contains(key)) add(index, key, e);
    }

    private static void add(Map<String, List<Element>> index, String key, Element e) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }

    /** The elements the selector matches, in page order. */
    List<Element> find(Selector s) {
        if (!selectors.contains(s)) throw new IllegalArgumentException("not indexed for " + s);
        List<Element> base = (s.id() != null ? byId.get(s.id()) : !s.classes().isEmpty() ? byClass.get(s.classes().getFirst())
                : s.attr() != null ? byAttribute.get(attributeKey(s.attr(), s.value())) : byTag.get(s.tag()));
        if (base == null) return List.of();
        return base.stream().filter(s::matches).toList();
    }
}
