package id.warta.extract;

import id.warta.lexicon.Lexicon;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes the portal furniture a flattened scrape leaves inside a paragraph
 * ({@code ... Kamis (18/6/2026). SCROLL TO CONTINUE WITH CONTENT Dalam kesempatan ...}),
 * as listed in {@code inline-noise.tsv}.
 */
final class InlineNoise {
    private static final List<String[]> ROWS = Lexicon.rows(InlineNoise.class, "inline-noise.tsv");
    private static final Pattern NOISE = Pattern.compile(ROWS.stream()
            .map(row -> "(?:" + row[1] + ")").collect(Collectors.joining("|")));
    /** A literal each entry's matches contain: a paragraph without any is left as it is, unscanned. */
    private static final List<String> LITERALS = ROWS.stream().map(row -> row[0]).distinct().toList();

    private InlineNoise() {
    }

    /** {@code paragraph} without the furniture, spaces mended where it stood; the same string when there is none. */
    static String strip(String paragraph) {
        if (LITERALS.stream().noneMatch(paragraph::contains)) return paragraph;
        Matcher m = NOISE.matcher(paragraph);
        if (!m.find()) return paragraph;
        StringBuilder out = new StringBuilder(paragraph.length());
        int last = 0;
        do {
            out.append(paragraph, last, m.start());
            last = m.end();
        } while (m.find());
        out.append(paragraph, last, paragraph.length());
        return out.toString().replaceAll("[ \\t]{2,}", " ").strip();
    }
}
