package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Jalan Tol Palembang-Betung Seksi 3}, {@code Tol Ngawi-Kertosono Segmen 2}: a road is built and opened by
 * sections, each a section word and its number or code; the section word closes no place's name, so a place the
 * tagger ran on into it ({@code Betung Seksi}) ends before it ({@code Betung}).
 */
final class RoadSections {
    /** The words that open a road's section when a number or a code follows. */
    private static final Set<String> SECTION_WORDS = Set.of("Seksi", "Segmen");
    /** A section's number or code: digits or a Roman numeral, then perhaps a letter ({@code 3}, {@code 2B}, {@code IV}). */
    private static final Pattern NUMBER = Pattern.compile("(?:\\d{1,2}|[IVX]{1,4})[A-Z]?\\b");

    private RoadSections() {
    }

    /** Whether a section word and its number stand at {@code at} in {@code text} ({@code Seksi 3}). */
    static boolean opensAt(String text, int at) {
        for (String w : SECTION_WORDS) {
            if (text.startsWith(w + " ", at) && NUMBER.matcher(text).region(at + w.length() + 1, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@code found} with each place that runs on into a section word cut before it; in place. */
    static void trim(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE) continue;
            int space = text.lastIndexOf(' ', f.end() - 1);
            if (space <= f.start() || !opensAt(text, space + 1)) continue;
            found.set(i, new Found(f.start(), space, f.type(), f.via()));
        }
    }
}
