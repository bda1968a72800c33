package id.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Trafilatura's scoring: for each page, every "with" snippet found in the text is a true
 * positive (else a false negative), every "without" snippet found a false positive (else a
 * true negative); counts are pooled over the corpus. Matching is on whitespace-collapsed text.
 */
final class Snippets {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    int tp, fp, fn, tn;

    static String norm(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    void count(JsonNode item, String text) {
        String t = text == null ? null : norm(text);
        for (JsonNode w : item.path("with")) {
            if (t != null && t.contains(norm(w.asText()))) tp++;
            else fn++;
        }
        for (JsonNode w : item.path("without")) {
            if (t != null && t.contains(norm(w.asText()))) fp++;
            else tn++;
        }
    }

    /** Prints the page's missed and leaked snippets, one per line, for people tuning the extractor. */
    static void misses(String file, JsonNode item, String text, java.io.PrintStream out) {
        String t = text == null ? "" : norm(text);
        for (JsonNode w : item.path("with")) if (!t.contains(norm(w.asText()))) out.println(file + "\tMISS\t" + w.asText());
        for (JsonNode w : item.path("without")) if (t.contains(norm(w.asText()))) out.println(file + "\tLEAK\t" + w.asText());
    }

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }
}
