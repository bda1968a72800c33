package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code DPR Korea}: a country's name of several words ({@code countries.tsv}, {@code place-aliases.tsv}) whose words
 * the tagger and the lists read as names of their own (DPR, the Indonesian parliament; Korea) is one place. Looked for
 * where a found name opens, ending a run of capitalised words ({@code DPR Korea Selatan} is no such name).
 */
final class CountryNames {
    /** Longest country name looked for, in tokens ({@code Republik Rakyat Demokratik Korea}). */
    private static final int MAX_WORDS = 4;

    private final Places places;

    CountryNames(Places places) {
        this.places = places;
    }

    /** Puts each such country's name for the names {@code found} (in text order) holds inside it. */
    void join(List<Sentence> sentences, List<Found> found) {
        Set<Integer> starts = new HashSet<>();
        for (Found f : found) starts.add(f.start());
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!starts.contains(tokens.get(i).start())) continue;
                for (int k = Math.min(MAX_WORDS, tokens.size() - i); k >= 2; k--) {
                    int end = i + k;
                    if (end < tokens.size() && tokens.get(end).isCapitalised() || !tokens.get(end - 1).isCapitalised()) continue;
                    if (places.countryCode(s.tokensText(i, end)) == null) continue;
                    Found country = new Found(tokens.get(i).start(), tokens.get(end - 1).end(), EntityType.PLACE, "country");
                    if (takeOver(found, country)) i = end - 1;
                    break;
                }
            }
        }
    }

    /** Puts {@code country} for the names lying inside it, unless one runs past it or it is found already; whether it went in. */
    private static boolean takeOver(List<Found> found, Found country) {
        boolean inside = false;
        for (Found f : found) {
            if (!f.overlaps(country)) continue;
            if (f.start() < country.start() || f.end() > country.end()) return false;
            if (f.start() == country.start() && f.end() == country.end() && f.type() == EntityType.PLACE) return false;
            inside = true;
        }
        if (!inside) return false;
        found.removeIf(country::overlaps);
        found.add(country);
        found.sort((a, b) -> a.start() - b.start());
        return true;
    }
}
