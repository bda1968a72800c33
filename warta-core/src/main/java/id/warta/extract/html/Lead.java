package id.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * An article's lead that the page keeps outside its named body container: a standfirst or
 * teaser paragraph ({@code lead.tsv}) before the container, inside the same {@code <article>}
 * or {@code <main>}. Without it the opening of many articles is lost.
 */
final class Lead {
    private static final List<String> WORDS = Vocabulary.words("lead.tsv");
    /** A lead is a sentence or more; shorter "intro" elements are labels. */
    private static final int MIN_CHARS = 40;
    private static final int MAX_LEADS = 2;
    /** How far up from the container the article's own element is looked for. */
    private static final int MAX_LEVELS = 6;

    private Lead() {
    }

    /** Lead elements before {@code container} in its article, in page order; empty when there are none. */
    static List<Element> before(Element container) {
        Element scope = null;
        Element a = container.parent();
        for (int level = 0; a != null && level < MAX_LEVELS; level++, a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("article") || tag.equals("main")) {
                scope = a;
                break;
            }
        }
        if (scope == null) return List.of();
        List<Element> leads = new ArrayList<>();
        for (Element e : scope.getAllElements()) {
            if (e == container) break;
            if (e == scope || leads.size() >= MAX_LEADS) continue;
            String name = e.className().isEmpty() && e.id().isEmpty() ? ""
                    : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !isLead(name)) continue;
            if (container.parents().contains(e) || leads.stream().anyMatch(l -> e.parents().contains(l))) continue;
            if (e.text().length() >= MIN_CHARS) leads.add(e);
        }
        return leads;
    }

    private static boolean isLead(String name) {
        for (String w : WORDS) if (name.contains(w)) return true;
        return false;
    }
}
