package id.warta.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.NodeTraversor;

/** How many characters each element holds, and how many of them sit inside links: one pass, bottom up. */
final class TextStats {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (t.parent() instanceof Element p) counts(p)[0] += t.text().strip().length();
                } else if (node instanceof Element e) {
                    int[] c = counts(e);
                    if (e.normalName().equals("a")) c[1] = c[0];
                    if (node != root && e.parent() != null) {
                        int[] p = counts(e.parent());
                        p[0] += c[0];
                        p[1] += c[1];
                    }
                }
            }
        }, root);
    }

    private int[] counts(Element e) {
        return counts.computeIfAbsent(e, k -> new int[2]);
    }

    int chars(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }
}
