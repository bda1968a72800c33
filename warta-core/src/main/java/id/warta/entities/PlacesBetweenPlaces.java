package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;

/**
 * {@code di Sahara, Ain Sefra, Algeria}, {@code di Aspire Zone, Al Rayyan, Qatar}: a name the tagger read as a person's
 * standing between two places in a comma-separated address, each a comma and a space away, is a place of that address
 * (a town, a ward, a hall); people are not listed between places so. Not inside a list of people, where the
 * places beside it are the tagger's misreadings ({@code Januzaj, Memphis, Rooney, Johnstone, McNair}).
 */
final class PlacesBetweenPlaces {
    private static final String COMMA = ", ";

    private PlacesBetweenPlaces() {
    }

    /** {@code found}, sorted by start, with each such person made a place; in place. */
    static void retype(String text, List<Found> found) {
        for (int i = 1; i + 1 < found.size(); i++) {
            Found f = found.get(i), before = found.get(i - 1), after = found.get(i + 1);
            if (f.type() != EntityType.PERSON || before.type() != EntityType.PLACE || after.type() != EntityType.PLACE) continue;
            if (commaBetween(text, before, f) && commaBetween(text, f, after) && !personBeside(text, found, i - 2, i - 1)
                    && !personBeside(text, found, i + 2, i + 1)) {
                found.set(i, new Found(f.start(), f.end(), EntityType.PLACE, f.via()));
            }
        }
    }

    /** Whether the name at {@code i} is a person's listed a comma away from the place at {@code next}. */
    private static boolean personBeside(String text, List<Found> found, int i, int next) {
        if (i < 0 || i >= found.size() || found.get(i).type() != EntityType.PERSON) return false;
        return i < next ? commaBetween(text, found.get(i), found.get(next)) : commaBetween(text, found.get(next), found.get(i));
    }

    private static boolean commaBetween(String text, Found a, Found b) {
        return b.start() - a.end() == COMMA.length() && text.startsWith(COMMA, a.end());
    }
}
