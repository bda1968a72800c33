package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * {@code Polres Bandara Soekarno-Hatta}, {@code Jalan Tol Jakarta-Cikampek}: a body's or place's name of two words
 * or more that the tokens cut at a hyphen written without spaces goes on over it, to the one capitalised word after
 * it; a name found there ({@code Hatta}, taken for a person) is part of it, no name of its own. Routes and lists stay
 * apart: a name of one word or a region's ({@code rute Jakarta-Surabaya}, {@code Jawa Timur-Bali}), a word after the
 * hyphen that another capitalised word follows ({@code Muara Bungo-Sungai Rumbai}) or that opens a name itself
 * ({@code Jalan Dewi Sartika-Jalan Otista}), and a person's name ({@code Prabowo-Gibran}; see {@link
 * HyphenedGivenNames}). A road's section word after the tail is no further name ({@code Jalan Tol Palembang-Betung
 * Seksi 3}; see {@link RoadSections}).
 */
final class HyphenedTails {
    private HyphenedTails() {
    }

    /** {@code found} (in text order) with each such name taken over its hyphen; in place. */
    static void join(String text, List<Found> found, Places places) {
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() == EntityType.PERSON || f.textIn(text).indexOf(' ') < 0) continue;
            int tailEnd = tailEnd(text, f.end());
            if (tailEnd < 0 || places.namesTownOrLarger(f.textIn(text)) || lexicon.listed(f.textIn(text)) != null) continue;
            String tail = text.substring(f.end() + 1, tailEnd);
            if (lexicon.heads.get(tail.toLowerCase(Locale.ROOT)) != null) continue; // "Jalan X-Jalan Y": a list
            found.set(i, new Found(f.start(), tailEnd, f.type(), f.via()));
            while (i + 1 < found.size() && found.get(i + 1).start() < tailEnd) found.remove(i + 1);
        }
    }

    /** Where the capitalised word glued by a hyphen at {@code end} ends ({@code -Hatta}), or -1 for none. */
    private static int tailEnd(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '-' || !Character.isUpperCase(text.charAt(end + 1))) return -1;
        if (!Character.isLetter(text.charAt(end - 1))) return -1;
        int e = end + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        if (e < text.length() && (text.charAt(e) == '-' || text.charAt(e) == '/')) return -1; // a chain or a pair of pairs
        boolean goesOn = e + 1 < text.length() && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))
                && !RoadSections.opensAt(text, e + 1);
        return goesOn ? -1 : e;
    }
}
