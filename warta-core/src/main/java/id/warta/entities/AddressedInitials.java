package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Komjen Budi Santoso ... kuasa hukum pak BS}: capitals after a form of address ({@code Pak}, {@code Bu}) that
 * are the initials of a person the article names in full are that person, whatever type the tagger gave them, as
 * Indonesian speakers call officials by initials ({@code pak BG}). Only when one person's name has those initials,
 * and not when the capitals are a listed short form ({@code SBY}, {@code JK} are already theirs).
 */
final class AddressedInitials {
    /** Forms of address, as written, one space before a person's initials ({@code pak BS}). */
    private static final Set<String> ADDRESS = Set.of("Pak", "pak", "Bu", "bu", "Bapak", "bapak", "Ibu", "ibu");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,4}");

    private AddressedInitials() {
    }

    /** Adds to {@code defined} each such set of initials, found in {@code found} (text order), to its person. */
    static void define(String text, List<Found> found, Map<String, Found> defined, Set<String> listed) {
        for (Found f : found) {
            String capitals = f.textIn(text);
            if (f.type() == EntityType.PLACE || !INITIALS.matcher(capitals).matches() || defined.containsKey(capitals)
                    || listed.contains(capitals) || !ADDRESS.contains(NameFinder.wordBefore(text, f.start()))) {
                continue;
            }
            Found person = null;
            for (Found p : found) {
                if (p.type() != EntityType.PERSON || !DefinedShortForms.initials(capitals, p.textIn(text))) continue;
                if (person != null && !p.textIn(text).equals(person.textIn(text))) {
                    person = null; // two people with these initials: neither
                    break;
                }
                person = p;
            }
            if (person != null) defined.put(capitals, person);
        }
    }
}
