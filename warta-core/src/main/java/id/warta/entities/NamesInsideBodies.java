package id.warta.entities;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Semen Indonesia Klaim ...} in a headline, {@code SPP Universitas Indonesia}: a body the article names whole
 * elsewhere, of which the tagger found here only the place or the name at its end ({@code Indonesia}, {@code
 * Airlangga}). Where the words before such a place or person are the rest of a body's name found in the article,
 * the name is that body's, as it is everywhere else: a place inside a body's name is no place of the story.
 */
final class NamesInsideBodies {
    private NamesInsideBodies() {
    }

    /** {@code found} (in text order, disjoint) with each such place or person widened to the body; in place. */
    static void widen(String text, List<Found> found) {
        List<String> bodies = new ArrayList<>();
        for (Found f : found) {
            String name = f.textIn(text);
            if (f.type() == EntityType.ORGANIZATION && name.indexOf(' ') > 0 && !bodies.contains(name)) bodies.add(name);
        }
        if (bodies.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE && f.type() != EntityType.PERSON) continue;
            int start = bodyStart(text, f, bodies);
            if (start < 0 || i > 0 && found.get(i - 1).end() > start) continue; // nothing found is cut
            found.set(i, new Found(start, f.end(), EntityType.ORGANIZATION, f.via()));
        }
    }

    /** Where the longest of {@code bodies} ending with {@code f}'s name opens right before it, or -1. */
    private static int bodyStart(String text, Found f, List<String> bodies) {
        String name = f.textIn(text);
        int best = -1;
        for (String body : bodies) {
            int restLength = body.length() - name.length();
            int start = f.start() - restLength;
            if (restLength < 2 || start < 0 || !body.endsWith(name) || body.charAt(restLength - 1) != ' '
                    || !text.startsWith(body.substring(0, restLength), start)
                    || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            if (best < 0 || start < best) best = start;
        }
        return best;
    }
}
