package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Komjen Budi Santoso ... kuasa hukum pak BS}: capitals after a form of address ({@code Pak}, {@code Bu}) that
 * are the initials of a person the article names in full are that person, whatever type the tagger gave them, as
 * Indonesian speakers call officials by initials ({@code pak BG}). Only when one person's name has those initials,
 * and not when the capitals are a listed short form ({@code SBY}, {@code JK} are already theirs).
 */
final class AddressedInitials {
    /** Forms of address, as written, one space before a person's initials ({@code pak BS}; {@code address-forms.tsv}). */
    private static final Set<String> ADDRESS = Set.copyOf(Lexicon.lines(AddressedInitials.class, "address-forms.tsv"));
    /** The most capitals a person's initials have. */
    private static final int MOST_INITIALS = 4;

    private AddressedInitials() {
    }

    /** Adds to {@code defined} each such set of initials, found in {@code found} (text order), to its person. */
    static void define(String text, List<Found> found, Map<String, Found> defined, Set<String> listed) {
        for (Found f : found) {
            String capitals = f.textIn(text);
            if (f.type() == EntityType.PLACE || !Initials.written(capitals, 2) || capitals.length() > MOST_INITIALS
                    || defined.containsKey(capitals) || listed.contains(capitals) || !ADDRESS.contains(Surroundings.wordBefore(text, f.start()))) {
                continue;
            }
            Found person = null;
            for (Found p : found) {
                if (p.type() != EntityType.PERSON || !Initials.ofName(capitals, p.textIn(text))) continue;
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
