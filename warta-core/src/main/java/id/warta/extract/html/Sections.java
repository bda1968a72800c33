package id.warta.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Trims what a body's container drags along at its edges, as trafilatura's extractor does:
 * headings the body ends on ("Empfehlungen aus der Redaktion", "Vos réactions") and sections
 * that are only lists of links under their heading (further reading, most read).
 */
final class Sections {
    private Sections() {
    }

    static Blocks.Result trim(Blocks.Result found) {
        List<Page.Block> blocks = found.blocks();
        List<Page.Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Page.Block b = blocks.get(i);
            if (b.kind() == Page.Kind.HEADING) {
                int end = i + 1;
                while (end < blocks.size() && blocks.get(end).kind() != Page.Kind.HEADING) end++;
                if (linksOnly(blocks.subList(i + 1, end))) {
                    for (int j = i + 1; j < end; j++) if (blocks.get(j).kind() == Page.Kind.RELATED) kept.add(blocks.get(j));
                    i = end - 1;
                    continue;
                }
            }
            kept.add(b);
        }
        if (kept.size() > 1 && kept.getLast().kind() == Page.Kind.HEADING
                && kept.get(kept.size() - 2).kind() != Page.Kind.HEADING
                && kept.getLast().text().length() <= Thresholds.MAX_TRAILING_HEADING) {
            kept.removeLast();
        }
        return kept.size() == blocks.size() ? found : new Blocks.Result(kept, found.captions());
    }

    /** Whether a heading's section holds text blocks and each is mostly link text. */
    private static boolean linksOnly(List<Page.Block> section) {
        int text = 0;
        for (Page.Block b : section) {
            if (b.kind() == Page.Kind.RELATED) continue;
            text++;
            if (!isLinkList(b)) return false;
        }
        return text > 0;
    }

    static boolean isLinkList(Page.Block b) {
        int linked = 0;
        for (Page.Link l : b.links()) linked += l.text().length();
        return linked >= b.text().length() * Thresholds.LINK_SECTION_SHARE;
    }
}
