package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;

/**
 * {@code Papua Barat Daya}, {@code Maluku Barat Daya}: a region's name that holds an older or larger region's name
 * ({@code Papua Barat}) and goes on with one more capitalised word, which the tagger leaves out (here {@code Daya} is
 * also the common word for power). A place found right before a capitalised word with which it names a province, a
 * regency or a city is that longer region: the gazetteers know it whole, and a place's name does not go on with a
 * capitalised word unless the two are one name.
 */
final class LongerRegionNames {
    private final Places places;

    LongerRegionNames(Places places) {
        this.places = places;
    }

    /** {@code found} (in text order) with each such place widened over its next word, and any name found in that word dropped; in place. */
    void widen(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE) continue;
            int end = nextWordEnd(text, f.end());
            if (end < 0 || !places.namesRegencyOrLarger(text.substring(f.start(), end))) continue;
            Found wider = new Found(f.start(), end, EntityType.PLACE, f.via());
            found.set(i, wider);
            while (i + 1 < found.size() && found.get(i + 1).overlaps(wider)) found.remove(i + 1);
        }
    }

    /** The end of the capitalised word one space after {@code at}, not hyphened on to another, or -1. */
    private static int nextWordEnd(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isUpperCase(text.charAt(at + 1))) return -1;
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return end < text.length() && text.charAt(end) == '-' ? -1 : end; // "Jakarta Pusat-pusat": a word glued on
    }
}
