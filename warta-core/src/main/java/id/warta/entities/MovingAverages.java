package id.warta.entities;

import id.warta.lexicon.Lexicon;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code ditutup di atas MA 5 harinya}, {@code di bawah garis MA 50}: in a market report {@code MA} with the days of
 * its window after it is a price's moving average, no body (the Mahkamah Agung's short form). Dropped where a word of
 * a chart's level stands right before it ({@code di atas}, {@code di bawah}, {@code garis}, {@code support}) and a
 * number right after.
 */
final class MovingAverages {
    private static final String SHORT_FORM = "MA";
    /** A chart's level word right before the short form: above or below a line, a support or resistance ({@code chart-levels.tsv}). */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)(?:" + Lexicon.lines(MovingAverages.class, "chart-levels.tsv")
            .stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+$");
    /** The window's days after the short form: {@code MA 5}, {@code MA20}. */
    private static final Pattern DAYS_AFTER = Pattern.compile("\\s?\\d");

    private MovingAverages() {
    }

    /** Drops from {@code found} each {@code MA} that is a moving average. */
    static void drop(String text, List<Found> found) {
        found.removeIf(f -> f.end() - f.start() == SHORT_FORM.length() && text.startsWith(SHORT_FORM, f.start())
                && DAYS_AFTER.matcher(text).region(f.end(), text.length()).lookingAt()
                && LEVEL_BEFORE.matcher(text).region(Math.max(0, f.start() - 20), f.start()).find());
    }
}
