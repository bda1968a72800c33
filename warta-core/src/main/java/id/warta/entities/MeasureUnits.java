package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;

/**
 * {@code baterai 36,5 Wh}, {@code layar 120 Hz}: a short word right after a number, a space between, is the unit it
 * counts, though the tagger, seeing a capital, may read a person's name of one word. A word of two letters with one
 * in lower case ({@code Wh}, {@code Hz}; not initials, {@code RR}), or of three with a capital inside ({@code GHz},
 * {@code MWh}; not a short given name, {@code Ali}), is taken for a unit there, never for a person.
 */
final class MeasureUnits {
    private static final int LONGEST_UNIT = 3;

    private MeasureUnits() {
    }

    /** Drops from {@code found} the one-word people that stand right after a number as its unit; in place. */
    static void drop(String text, List<Found> found) {
        found.removeIf(f -> f.type() == EntityType.PERSON && unitAfterNumber(text, f));
    }

    private static boolean unitAfterNumber(String text, Found f) {
        int length = f.end() - f.start();
        if (length > LONGEST_UNIT || f.start() < 2 || text.charAt(f.start() - 1) != ' '
                || !Character.isDigit(text.charAt(f.start() - 2))) return false;
        boolean lowerCase = false, capitalInside = false;
        for (int i = f.start(); i < f.end(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) return false;
            lowerCase |= Character.isLowerCase(c);
            capitalInside |= i > f.start() && Character.isUpperCase(c);
        }
        return lowerCase && (length < LONGEST_UNIT || capitalInside);
    }
}
