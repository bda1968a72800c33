package id.warta.entities;

import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code satelit Low Earth Orbit (LEO)}, {@code teknologi Intra Cardiac Echocardiography (ICE)}, {@code Immigration and
 * Customs Enforcement (ICE)}: capitals in brackets right after the words whose initials they are abbreviate those words,
 * a thing's, a place's or a body's name, though the tagger, seeing a short word in capitals, may read them as a person's.
 * They are a person's only when a person was found in those words ({@code Susilo Bambang Yudhoyono (SBY)}); otherwise
 * the article's capitals so written are no person anywhere in it.
 */
final class DefinedCapitals {
    private DefinedCapitals() {
    }

    /** Drops from {@code found} (in text order) the people written as capitals {@code text} defines as a non-person's initials. */
    static void drop(String text, List<Found> found) {
        Set<String> defined = null;
        for (Found f : found) {
            if (f.type() != EntityType.PERSON || !f.bracketedIn(text)) continue;
            String capitals = f.textIn(text);
            if (!Initials.writtenInAscii(capitals)) continue;
            int from = spelledFrom(text, f.start() - 2, capitals);
            if (from < 0 || personWithin(found, from, f.start() - 2)) continue;
            if (defined == null) defined = new HashSet<>();
            defined.add(capitals);
        }
        if (defined == null) return;
        Set<String> notPeople = defined;
        found.removeIf(f -> f.type() == EntityType.PERSON && notPeople.contains(f.textIn(text)));
    }

    /**
     * Where the capitalised words ending at {@code end} start whose initials, in order, are {@code capitals}, the words
     * initials leave out ({@code and}, {@code dan}; {@link AbbreviatedNames#LEFT_OUT}) passed over; -1 when no such words stand there.
     */
    private static int spelledFrom(String text, int end, String capitals) {
        int e = end, letter = capitals.length() - 1;
        while (letter >= 0) {
            int s = e;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
            if (s == e) return -1;
            String word = text.substring(s, e);
            if (!AbbreviatedNames.LEFT_OUT.contains(word)) {
                if (word.charAt(0) != capitals.charAt(letter)) return -1;
                letter--;
            }
            if (letter < 0) return s;
            if (s < 2 || text.charAt(s - 1) != ' ') return -1;
            e = s - 1;
        }
        return -1;
    }

    private static boolean personWithin(List<Found> found, int from, int to) {
        for (Found f : found) if (f.type() == EntityType.PERSON && f.start() < to && f.end() > from) return true;
        return false;
    }
}
