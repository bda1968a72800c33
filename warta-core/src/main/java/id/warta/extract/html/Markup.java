package id.warta.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The page as parsed, before any cleaning, its elements filed in one walk by tag and by the
 * attributes metadata hangs on ({@code itemprop}, {@code property}, {@code rel}). The readers
 * of metadata, dates and pagers look their elements up here: a dozen selections, each walking
 * the whole page, cost a tenth of the extraction. A selection gives what jsoup's
 * {@code dom.select(css)} gives, in page order, when every element it can match is in the
 * list it filters (so {@code css} must name the tag or one of the filed attributes).
 * Valid until the page is changed.
 */
final class Markup {
    private static final List<String> FILED_ATTRIBUTES = List.of("itemprop", "property", "rel");

    private final Document dom;
    private final List<Element> all;
    private final Map<String, List<Element>> byTag = new HashMap<>();
    /** Elements carrying any of {@link #FILED_ATTRIBUTES}. */
    private final List<Element> marked = new ArrayList<>();

    Markup(Document dom) {
        this.dom = dom;
        this.all = dom.getAllElements();
        for (Element e : all) {
            byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
            for (String a : FILED_ATTRIBUTES) {
                if (e.hasAttr(a)) {
                    marked.add(e);
                    break;
                }
            }
        }
    }

    Document dom() {
        return dom;
    }

    /** Every element of the page in page order, the document itself first. */
    List<Element> all() {
        return all;
    }

    /** The body and every element under it, in page order: {@code dom.body().getAllElements()} without a walk. */
    List<Element> inBody() {
        Element body = dom.body();
        if (body == null) return List.of();
        int from = all.indexOf(body);
        if (from < 0) return body.getAllElements(); // made after the page was filed
        Element after = null; // the first element past the body's last descendant
        for (Element e = body; e != null && after == null; e = e.parent()) after = e.nextElementSibling();
        return all.subList(from, after == null ? all.size() : all.indexOf(after));
    }

    /** The elements named {@code tag}, in page order. */
    List<Element> tagged(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    /** The elements named {@code tag} that {@code css} matches: {@code tagged("time", "time[datetime]")}. */
    List<Element> tagged(String tag, String css) {
        return matching(tagged(tag), css);
    }

    /** The elements carrying {@code itemprop}, {@code property} or {@code rel} that {@code css} matches: {@code marked("[rel=author]")}. */
    List<Element> marked(String css) {
        return matching(marked, css);
    }

    private static List<Element> matching(List<Element> among, String css) {
        if (among.isEmpty()) return List.of();
        Evaluator evaluator = Selector.evaluatorOf(css);
        List<Element> out = new ArrayList<>();
        for (Element e : among) if (e.is(evaluator)) out.add(e);
        return out;
    }
}
