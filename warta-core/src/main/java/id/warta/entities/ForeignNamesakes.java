package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Kemenkes Kongo, Uganda dan WHO}, {@code Kemlu AS}, {@code DPR AS}: a body the lexicon lists (an Indonesian
 * one) named by its kind ({@code Kementerian Kesehatan}, {@code Dewan Perwakilan Rakyat}: its listed name opens with a
 * body's head word) right before a foreign country's name is that country's body of the kind, not the listed one: the
 * two are one name, the foreign body's, as the article writes it. A body of one name ({@code Nikkei Jepang}, {@code
 * kepresidenan UE Swedia}) stays apart from the country.
 */
final class ForeignNamesakes {

    private ForeignNamesakes() {
    }

    /**
     * {@code found} (in text order) with each listed body and the foreign country written after it (found as a place
     * or not at all: the tagger may miss {@code Kongo} there) joined into one body.
     */
    static List<Found> join(String text, List<Found> found, Places places) {
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end = f.type() == EntityType.ORGANIZATION ? foreignCountryAfter(text, f.end(), places) : -1;
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            boolean nextInCountry = next != null && next.start() < end; // the tagger found a name in the country's words
            boolean nextIsCountry = nextInCountry && next.type() == EntityType.PLACE && next.start() == f.end() + 1 && next.end() == end;
            if (end > 0 && (!nextInCountry || nextIsCountry) && listedBody(f.textIn(text))) {
                out.add(new Found(f.start(), end, EntityType.ORGANIZATION, f.via()));
                if (nextIsCountry) i++;
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** The end of a foreign country's name of one or two capitalised words one space after {@code at}, or -1. */
    private static int foreignCountryAfter(String text, int at, Places places) {
        if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isUpperCase(text.charAt(at + 1))) return -1;
        int one = wordEnd(text, at + 1);
        int two = one + 1 < text.length() && text.charAt(one) == ' ' && Character.isUpperCase(text.charAt(one + 1))
                ? wordEnd(text, one + 1) : -1;
        if (two > 0 && foreign(text.substring(at + 1, two), places)) return two; // "Korea Selatan", "Arab Saudi"
        return foreign(text.substring(at + 1, one), places) ? one : -1;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return i;
    }

    private static boolean listedBody(String name) {
        EntityLexicon.Alias listed = EntityLexicon.INSTANCE.listed(name);
        return listed != null && listed.type() == EntityType.ORGANIZATION && listed.canonical() != null
                && EntityLexicon.INSTANCE.opensWithOrganisationHead(listed.canonical());
    }

    private static boolean foreign(String place, Places places) {
        String code = places.countryCode(place);
        return code != null && !code.equals(Places.INDONESIA);
    }
}
