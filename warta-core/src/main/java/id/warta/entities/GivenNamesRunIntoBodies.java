package id.warta.entities;

import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Analis PT Pefindo Guntur Tri Hariyanto}, {@code Direktur Bisnis Bank Raya Kicky Andrie Davetra}: the tagger ran
 * a holder's first name into the body before it and found the rest of the name as a person right after. When the body's
 * last word is a person the article also calls by that word alone ({@code ujar Guntur}), the word opens the person's
 * name: the body ends before it.
 */
final class GivenNamesRunIntoBodies {
    private GivenNamesRunIntoBodies() {
    }

    /** Moves in {@code found} (in text order, disjoint) each such last word from the body to the person after it; in place. */
    static void move(String text, List<Found> found) {
        Set<String> alone = new HashSet<>(); // the persons called by one word
        for (Found f : found) {
            if (f.type() == EntityType.PERSON && f.textIn(text).indexOf(' ') < 0) alone.add(f.textIn(text));
        }
        if (alone.isEmpty()) return;
        for (int i = 0; i + 1 < found.size(); i++) {
            Found body = found.get(i), person = found.get(i + 1);
            if (body.type() != EntityType.ORGANIZATION || person.type() != EntityType.PERSON || person.start() != body.end() + 1
                    || text.charAt(body.end()) != ' ') {
                continue;
            }
            int space = text.lastIndexOf(' ', body.end() - 1);
            if (space <= body.start() || !alone.contains(text.substring(space + 1, body.end()))) continue;
            found.set(i, new Found(body.start(), space, EntityType.ORGANIZATION, body.via()));
            found.set(i + 1, new Found(space + 1, person.end(), EntityType.PERSON, person.via()));
        }
    }
}
