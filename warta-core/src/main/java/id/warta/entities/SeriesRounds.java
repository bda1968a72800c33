package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;

/**
 * {@code MotoGP Aragon}, {@code Moto3 Catalunya}: a racing series or a league named by its own name
 * ({@link ThingWords#isSeries}) is a competition, which by the project's convention names no one, but its round named
 * by a place names the place, as a place inside an event's name counts ({@code MotoGP Prancis}). The tagger reads the
 * series and its round as one place, person or body; the round's place is kept of it (a place the gazetteer knows, or
 * what the tagger read as a place or as a one-word person), and so is a person's name of two words or more the tagger
 * ran the series into ({@code bos MotoGP Corrado Rossi}). The series alone is dropped later as a competition.
 */
final class SeriesRounds {
    private final Places places;

    SeriesRounds(Places places) {
        this.places = places;
    }

    /** Each name in {@code found} opening with a series' name, cut to the place or the person after it; in place. */
    void cut(String text, List<Found> found) {
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String name = f.textIn(text);
            int space = name.indexOf(' ');
            if (space < 0 || !ThingWords.INSTANCE.isSeries(name.substring(0, space))) continue;
            String rest = name.substring(space + 1);
            int start = f.start() + space + 1;
            boolean oneWord = rest.indexOf(' ') < 0;
            if (places.countryCode(rest) != null || places.namesTownOrLarger(rest) || places.namesRegion(rest)
                    || f.type() == EntityType.PLACE || f.type() == EntityType.PERSON && oneWord) { // MotoGP Jerez: no one's given name
                found.set(i, new Found(start, f.end(), EntityType.PLACE, f.via()));
            } else if (f.type() == EntityType.PERSON) {
                found.set(i, new Found(start, f.end(), EntityType.PERSON, f.via()));
            }
        }
    }
}
