package id.warta.extract.html;

import java.util.ArrayDeque;
import java.util.Deque;
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
        Deque<int[]> open = new ArrayDeque<>(); // the counts of the elements the walk is inside, innermost first
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) open.push(new int[2]);
                else if (node instanceof TextNode t && !open.isEmpty()) open.peek()[0] += visibleLength(t.getWholeText());
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                int[] c = open.pop();
                if (e.normalName().equals("a")) c[1] = c[0];
                counts.put(e, c);
                if (!open.isEmpty()) {
                    open.peek()[0] += c[0];
                    open.peek()[1] += c[1];
                }
            }
        }, root);
    }

    /**
     * The length of {@code TextNode.text().strip()} without building it: whitespace runs count
     * as one space, zero-width spaces and soft hyphens as nothing, and the ends are stripped.
     */
    static int visibleLength(String whole) {
        int emitted = 0, first = -1, last = -1;
        boolean white = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (!white) emitted++;
                white = true;
            } else if (c != '\u200B' && c != '\u00AD') {
                if (!otherWhitespace(c)) {
                    if (first < 0) first = emitted;
                    last = emitted;
                }
                emitted++;
                white = false;
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }

    /**
     * {@link Character#isWhitespace} for a character none of the spaces counted above: in ASCII
     * only the vertical tab and the four separators are left, answered without the lookup.
     */
    private static boolean otherWhitespace(char c) {
        return c < 128 ? c == 0x0B || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c);
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
