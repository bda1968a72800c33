package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Trent Alexander-Arnold}, {@code Alex Oxlade-Chamberlain}, {@code Lee Kang-In}: a double-barrelled surname,
 * whose last part the tagger leaves out of the person (or finds as a person of its own) since the tokens split at the
 * hyphen. The one capitalised word glued after the hyphen joins a person named in two words or more when it is no
 * name of its own: no word of another person found elsewhere ({@code Prabowo Subianto-Gibran}, Gibran named in full
 * elsewhere), no regency, city or country ({@code Budi Santoso-Bekasi}, a route; not any
 * world town, as {@code Arnold} is), no further capitalised word after it
 * ({@code Joko Widodo-Jusuf Kalla}, a pair) and no word that pairs people before the name ({@code pasangan}).
 * The mirror of {@link HyphenedGivenNames}.
 */
final class HyphenedSurnames {
    private HyphenedSurnames() {
    }

    /** {@code found} (in text order) with each such person's name whole; in place. */
    static void join(String text, List<Found> found, Places places) {
        Set<String> joined = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || f.textIn(text).indexOf(' ') < 0) continue;
            int tailEnd = tailEnd(text, f.end());
            if (tailEnd < 0) continue;
            String tail = text.substring(f.end() + 1, tailEnd);
            if (places.namesRegencyOrLarger(tail) || places.countryCode(tail) != null || pairedBefore(text, f.start())
                    || wordOfOtherPerson(text, found, tail)) {
                continue;
            }
            widen(found, i, tailEnd);
            String name = text.substring(f.start(), tailEnd);
            joined.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        for (String surname : joined) alone(text, found, surname);
    }

    /**
     * {@code Alexander-Arnold} later alone, in any name's place the tagger put there ({@code Alexander}, or {@code
     * Arnold} taken for a town): the same person's surname, found whole.
     */
    private static void alone(String text, List<Found> found, String surname) {
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) || tailEnd(text, at + surname.indexOf('-')) != end) continue;
            int s = at;
            boolean inLonger = found.stream().anyMatch(g -> g.start() < s && g.end() >= end || g.start() <= s && g.end() > end);
            if (inLonger) continue; // "Harold Whitby-Arnold" itself
            found.removeIf(g -> g.start() < end && s < g.end());
            int i = 0;
            while (i < found.size() && found.get(i).start() < at) i++;
            found.add(i, new Found(at, end, EntityType.PERSON, "repeat"));
        }
    }

    /** Takes the person at {@code i} on to {@code end}, dropping the names found inside the tail ({@code Arnold} alone). */
    private static void widen(List<Found> found, int i, int end) {
        Found f = found.get(i);
        found.set(i, new Found(f.start(), end, EntityType.PERSON, f.via()));
        while (i + 1 < found.size() && found.get(i + 1).start() < end) found.remove(i + 1);
    }

    /**
     * Where the word glued by a hyphen at {@code end} ends ({@code -Arnold}): one capitalised word, the rest of it in
     * lower case, that no letter, digit, apostrophe, hyphen, slash or further capitalised word follows; else -1.
     */
    private static int tailEnd(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '-' || !Character.isUpperCase(text.charAt(end + 1))
                || !Character.isLowerCase(text.charAt(end + 2))) {
            return -1; // "Mu-X", "Warobay-A": a model's or a list's letter
        }
        int e = end + 2;
        while (e < text.length() && Character.isLowerCase(text.charAt(e))) e++;
        if (e < text.length()) {
            char c = text.charAt(e);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '\'' || c == '’') return -1;
            if (c == ' ' && e + 1 < text.length() && Character.isUpperCase(text.charAt(e + 1))) return -1; // "Widodo-Jusuf Kalla"
        }
        return e;
    }

    /** Whether a lower-case word that pairs people stands right before the name at {@code start} ({@code pasangan}). */
    private static boolean pairedBefore(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
        return from < end && HyphenedGivenNames.pairsPeople(text.substring(from, end));
    }

    /** Whether {@code tail} is a word of a person's name found not right after a hyphen (so named apart elsewhere). */
    private static boolean wordOfOtherPerson(String text, List<Found> found, String tail) {
        for (Found g : found) {
            if (g.type() != EntityType.PERSON || g.start() > 0 && text.charAt(g.start() - 1) == '-') continue;
            if (List.of(g.textIn(text).split("\\s+")).contains(tail)) return true;
        }
        return false;
    }
}
