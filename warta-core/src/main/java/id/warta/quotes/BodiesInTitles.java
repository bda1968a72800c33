package id.warta.quotes;

import static id.warta.quotes.Phrase.hasRole;

import id.warta.quotes.Words.Kind;
import java.util.Set;

/**
 * The names of bodies inside a speaker's title after a cue: an English body's name through its lower-case joins
 * ({@code Institute for Economic Studies}) and a body's list of fields ({@code Karantina Hewan, Ikan, dan Tumbuhan}),
 * so that the holder's name after the comma is still reached.
 */
final class BodiesInTitles {
    /** Lower-case words joining the capitalised words of a body's English name ({@code Institute for Economic Studies}). */
    private static final Set<String> ENGLISH_JOINS = Set.of("of", "for", "and", "on", "the", "in");

    private BodiesInTitles() {
    }

    /**
     * The end of the run of name words from token {@code a}, through the lower-case words of an English body's name
     * ({@code California Institute for Water Resources}, {@code Center of Budget Analysis}): without them the body
     * would end on its first word, and the holder's name after its comma be out of reach.
     */
    static int bodyRunEnd(Passage p, int a, int limit) {
        int e = NameWords.runEnd(p, a);
        while (e + 1 < limit && ENGLISH_JOINS.contains(p.word(e)) && NameWords.isNameWord(p, e + 1)
                && !p.paragraphBreakBefore(e + 1)) e = NameWords.runEnd(p, e + 1);
        return e;
    }

    /**
     * Whether the comma at token {@code e} goes on a list of a body's fields inside a title, up to its last field
     * after {@code dan}/{@code serta} and the comma that brings the holder's name ({@code Kepala Balai Karantina Hewan,
     * Ikan, dan Tumbuhan Sumut, Budi Santoso}, its short form in brackets allowed after the last field): the
     * capitalised words between the commas are fields, no person. A
     * role after the conjunction opens a second speaker's title instead ({@code Kepala Dinas A, Budi, dan Kepala ...}).
     */
    static boolean listInTitle(Passage p, int e, int limit) {
        while (e + 2 < limit && p.isPunct(e, ",")) {
            int next = e + 1;
            if (p.is(next, Kind.TITLEJOIN) && NameWords.isNameWord(p, next + 1)) {
                int last = NameWords.runEnd(p, next + 1);
                boolean roleless = !hasRole(p, next + 1, last);
                // "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), Budi": the body's short form in
                // brackets after its last field, then the comma that brings the holder
                if (last + 3 < limit && p.word(last).equals("(") && p.word(last + 2).equals(")")) last += 3;
                return roleless && last + 1 < limit && p.isPunct(last, ",")
                        && NameWords.isNameWord(p, last + 1);
            }
            if (!NameWords.isNameWord(p, next)) return false;
            e = NameWords.runEnd(p, next);
        }
        return false;
    }
}
