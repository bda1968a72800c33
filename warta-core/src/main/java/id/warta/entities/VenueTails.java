package id.warta.entities;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Java Paragon Hotel & Residence}, {@code Kyriad Sadurengas Hotel}, {@code Waskita Rajawali Tower}: a building
 * named in the English order, its kind last, whose opening words the tagger reads as a person's name or a place's and
 * leaves the kind out. A person's name does not go on with a building's kind written with a capital, so the name with
 * its kind is the building, a place (as {@code Trump Tower} is). So is a person's name the tagger read with the kind
 * in it ({@code Elizabeth Tower}, {@code Cendana Residence}). A body's name before a kind stays the body's: a
 * firm may be meant, not its building.
 */
final class VenueTails {
    /** A building's kind closing its name, optionally joined by {@code &} to a second: {@code Hotel & Residence}. */
    private static final String KIND = "(?:Hotel|Resort|Residence|Residences|Apartment|Apartments|Tower|Towers|Mall|Villa|Villas)";
    private static final Pattern TAIL = Pattern.compile(" " + KIND + "(?: & " + KIND + ")?(?![\\p{L}\\p{N}])");
    /** A name closing with a building's kind. */
    private static final Pattern CLOSING = Pattern.compile(".* " + KIND + "$");

    private VenueTails() {
    }

    /** Makes the people and places in {@code found} that a building's kind follows or closes that building, a place; in place. */
    static void widen(String text, List<Found> found) {
        Matcher tail = TAIL.matcher(text);
        List<Found> venues = new ArrayList<>();
        Matcher closing = CLOSING.matcher(text);
        for (int i = 0; i < found.size(); i++) { // "Elizabeth Tower" read whole as a person's name: the tower
            Found f = found.get(i);
            if (f.type() == EntityType.PERSON && closing.region(f.start(), f.end()).matches()) {
                found.set(i, new Found(f.start(), f.end(), EntityType.PLACE, f.via()));
            }
        }
        for (Found f : found) {
            if (f.type() != EntityType.ORGANIZATION && tail.region(f.end(), text.length()).lookingAt()) {
                venues.add(new Found(f.start(), tail.end(), EntityType.PLACE, f.via()));
            }
        }
        if (venues.isEmpty()) return;
        // the person the venue replaces, and any name found in its kind, give way to it
        found.removeIf(f -> venues.stream().anyMatch(f::overlaps));
        found.addAll(venues);
        found.sort((a, b) -> a.start() - b.start());
    }
}
