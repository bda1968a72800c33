package id.warta.entities;

import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code porsi dana murah (CASA)}, {@code pola hidup bersih dan sehat (PHBS)}, {@code high density polyethylene
 * (HDPE)}: capitals in brackets right after words in lower case abbreviate a common term, not a body's name, though the
 * tagger, seeing a short word in capitals, reads a body. A body's short form the news defines after its name written
 * with capitals, and one the lexicon lists stays a body ({@code agen federal (FBI)}); so do capitals the article
 * also writes anywhere out of such brackets, where they may stand for a body named elsewhere.
 */
final class LowerCaseTerms {
    private LowerCaseTerms() {
    }

    /** Drops from {@code found} the organisations whose every mention is capitals bracketed after a lower-case word. */
    static void drop(String text, List<Found> found) {
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        Set<String> terms = null;
        Set<String> bodies = null;
        for (Found f : found) {
            if (f.type() != EntityType.ORGANIZATION) continue;
            String capitals = f.textIn(text);
            if (!Initials.writtenInAscii(capitals)) continue;
            if (f.bracketedIn(text) && afterLowerCaseWord(text, f.start() - 1) && lexicon.listed(capitals) == null) {
                if (terms == null) terms = new HashSet<>();
                terms.add(capitals);
            } else {
                if (bodies == null) bodies = new HashSet<>();
                bodies.add(capitals);
            }
        }
        if (terms == null) return;
        if (bodies != null) terms.removeAll(bodies);
        Set<String> dropped = terms;
        found.removeIf(f -> f.type() == EntityType.ORGANIZATION && dropped.contains(f.textIn(text)));
    }

    /** Whether a word of lower-case letters, a space between, ends right before the bracket at {@code bracket}. */
    private static boolean afterLowerCaseWord(String text, int bracket) {
        int end = bracket - 1;
        if (end < 1 || text.charAt(end) != ' ') return false;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        if (start == end) return false;
        for (int i = start; i < end; i++) if (!Character.isLowerCase(text.charAt(i))) return false;
        return true;
    }
}
