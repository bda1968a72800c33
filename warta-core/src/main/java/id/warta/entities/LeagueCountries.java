package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * {@code Liga Inggris}, {@code Liga Primer Inggris}: a league named by its country names the country, a place, as a
 * place inside an event's name counts ({@code MotoGP Prancis}); the league itself is a competition and names no one.
 * The tagger leaves the country unfound there most often for {@code Inggris}, read as the language.
 */
final class LeagueCountries {
    /** The longest country name looked for, in tokens ({@code Amerika Serikat}, {@code Arab Saudi}). */
    private static final int MAX_WORDS = 3;
    /** The tier word a league's name may hold between {@code Liga} and its country ({@code Liga Primer Inggris}). */
    private static final Set<String> TIERS = Set.of("Primer", "Premier", "Super", "Utama");

    private final Places places;

    LeagueCountries(Places places) {
        this.places = places;
    }

    /** Adds the country of each league's name in {@code sentences} that no name in {@code found} covers. */
    void find(List<Sentence> sentences, List<Found> found) {
        Occupied taken = null; // made at the first league: most texts name none
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!tokens.get(i).text().equals("Liga")) continue;
                int from = TIERS.contains(tokens.get(i + 1).text()) ? i + 2 : i + 1;
                Found country = country(s, from);
                if (country == null) continue;
                if (taken == null) taken = new Occupied(found);
                if (taken.overlaps(country)) continue;
                taken.add(country);
                found.add(country);
            }
        }
        found.sort((a, b) -> a.start() - b.start());
    }

    /** The country whose name runs from token {@code from}, ending a run of capitalised words, or null. */
    private Found country(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        for (int k = Math.min(MAX_WORDS, tokens.size() - from); k >= 1; k--) {
            int end = from + k;
            if (end < tokens.size() && tokens.get(end).isCapitalised() || !tokens.get(end - 1).isCapitalised()) continue;
            if (places.countryCode(s.tokensText(from, end)) == null) continue;
            return new Found(tokens.get(from).start(), tokens.get(end - 1).end(), EntityType.PLACE, "country");
        }
        return null;
    }
}
