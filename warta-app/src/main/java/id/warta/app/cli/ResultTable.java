package id.warta.app.cli;

import id.warta.index.search.QuoteResults;
import id.warta.index.search.SearchResults;
import id.warta.index.search.Snippet;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Search results as text for people: one block per hit, matches in bold on a terminal, facets last. */
final class ResultTable {
    private static final String BOLD = "\u001B[1m", PLAIN = "\u001B[0m";

    private ResultTable() {
    }

    static void articles(SearchResults r, PrintWriter out) {
        boolean tty = Terminal.interactive();
        out.printf("%,d articles (%.1f ms)%n%n", r.total(), r.tookMs());
        int rank = (r.page() - 1) * r.size();
        for (SearchResults.Hit h : r.hits()) {
            out.printf("%3d. %s%n", ++rank, marked(h.title(), tty));
            out.printf("     %s · %s · id %s%n", orDash(h.outlet()), orDash(h.published()), h.id());
            if (h.snippet() != null) out.println("     " + marked(h.snippet(), tty).replace('\n', ' '));
            out.println();
        }
        for (Map.Entry<String, List<SearchResults.FacetValue>> f : r.facets().entrySet()) {
            if (f.getValue().isEmpty()) continue;
            StringBuilder line = new StringBuilder(String.format("%-13s", f.getKey() + ":"));
            for (SearchResults.FacetValue v : f.getValue()) line.append(' ').append(v.value()).append(" (").append(v.count()).append(')');
            out.println(line);
        }
    }

    static void quotes(QuoteResults r, PrintWriter out) {
        boolean tty = Terminal.interactive();
        out.printf("%,d quotes (%.1f ms)%n%n", r.total(), r.tookMs());
        for (QuoteResults.QuoteHit h : r.hits()) {
            out.println("  \u201C" + marked(h.text(), tty) + "\u201D");
            out.printf("     \u2014 %s · %s · %s · article %s%n%n", orDash(h.speaker()), orDash(h.title()), orDash(h.published()), h.articleId());
        }
    }

    /** The snippet with its matches in bold (terminal) or between asterisks. */
    static String marked(Snippet s, boolean tty) {
        if (s == null) return "(untitled)";
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Snippet.Range r : s.highlights()) {
            b.append(s.text(), at, r.start()).append(tty ? BOLD : "*").append(s.text(), r.start(), r.end()).append(tty ? PLAIN : "*");
            at = r.end();
        }
        b.append(s.text().substring(at));
        if (s.truncated()) b.append('\u2026');
        return b.toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
