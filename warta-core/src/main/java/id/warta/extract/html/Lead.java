package id.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * An article's lead that the page keeps outside its named body container: a standfirst or
 * teaser paragraph ({@code lead.tsv}) before the container, inside the same {@code <article>}
 * or {@code <main>}; else the standfirst set right after the headline, in a header of its own
 * ({@code headline-leads.tsv}: {@code <h1>} then {@code <h2 class="article-subheadline">}).
 * Without it the opening of many articles is lost.
 */
final class Lead {
    private static final List<String> WORDS = Vocabulary.words("lead.tsv");
    /** A lead is a sentence or more; shorter "intro" elements are labels. */
    private static final int MIN_CHARS = 40;
    private static final int MAX_LEADS = 2;
    /** How far up from the container the article's own element is looked for. */
    private static final int MAX_LEVELS = 6;
    /** Name parts (or their openings) of the standfirst beside a headline: there even a "teaser" is the article's. */
    private static final List<String> BESIDE_HEADLINE = Vocabulary.words("headline-leads.tsv");
    /** A standfirst is a sentence or three; a longer element after the headline is the body or beyond. */
    private static final int MAX_STANDFIRST_CHARS = 600;
    /** The elements after the headline looked at for its standfirst. */
    private static final int MAX_SIBLINGS = 3;

    private Lead() {
    }

    /**
     * Lead elements before {@code container} in its article, in page order; else the headline's
     * standfirst ({@link #besideHeadline}) when it stands outside the container and the container
     * does not repeat it; empty when there are none.
     */
    static List<Element> before(Element container, Element standfirst) {
        List<Element> leads = inArticleBefore(container);
        if (!leads.isEmpty() || standfirst == null) return leads;
        boolean outside = !Candidates.nested(standfirst, container);
        // a page may repeat its standfirst as the body's first paragraph
        return outside && !container.text().contains(standfirst.text()) ? List.of(standfirst) : List.of();
    }

    /**
     * The standfirst set right after the page's first {@code <h1>}, named as one ({@code headline-leads.tsv}):
     * among the headline's next few elements, or inside one of them; null when there is none. Read on the
     * page before cleaning: the header holding both, outside the article, is dropped with the site's.
     */
    static Element besideHeadline(Markup markup) {
        List<Element> headlines = markup.tagged("h1");
        if (headlines.isEmpty()) return null;
        Element headline = headlines.getFirst();
        int looked = 0;
        for (Element s = headline.nextElementSibling(); s != null && looked < MAX_SIBLINGS; s = s.nextElementSibling(), looked++) {
            String text = s.text();
            if (text.length() > 2 * MAX_STANDFIRST_CHARS) return null; // the body, or what follows it
            for (Element e : s.getAllElements()) {
                int chars = e == s ? text.length() : e.text().length();
                if (chars >= MIN_CHARS && chars <= MAX_STANDFIRST_CHARS && namesStandfirst(e)) return e;
            }
        }
        return null;
    }

    private static boolean namesStandfirst(Element e) {
        for (String part : Candidates.nameParts(e)) {
            for (String w : BESIDE_HEADLINE) if (part.startsWith(w)) return true;
        }
        return false;
    }

    private static List<Element> inArticleBefore(Element container) {
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
