package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;

/** English titles the tagger ran into a name ({@code english-roles.tsv}): the name is what follows the title. */
final class EnglishTitlesInNames {
    private final Places places;

    EnglishTitlesInNames(Places places) {
        this.places = places;
    }

    /**
     * {@code Chief Legal & Sustainability Officer Kalla, Subhan ...}, {@code Senior Regional Officer Asia Pasifik dari ...}:
     * a name the tagger ran over the end of an English title ({@code english-roles.tsv}) is what follows the title,
     * the body or region the holder serves (a person's name does not follow the title inside one name), a place
     * when the gazetteer knows it and a body otherwise; a name that is the title's words only names no one.
     */
    void retype(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int role = -1;
            for (int at = f.start(), end; at < f.end(); at = end + 1) {
                end = text.indexOf(' ', at);
                if (end < 0 || end > f.end()) end = f.end();
                String w = text.substring(at, end);
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && EnglishNames.isRole(w)) role = end;
            }
            if (role < 0) continue;
            if (role >= f.end()) {
                found.remove(i--);
                continue;
            }
            String rest = text.substring(role + 1, f.end());
            EntityType type = places.namesTownOrLarger(rest) || places.countryCode(rest) != null ? EntityType.PLACE : EntityType.ORGANIZATION;
            found.set(i, new Found(role + 1, f.end(), type, f.via()));
        }
    }
}
