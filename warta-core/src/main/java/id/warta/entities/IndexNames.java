package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code indeks Nikkei}, {@code indeks DAX Jerman}, {@code Indeks Hang Seng}: the name right after {@code indeks} is a
 * market index's, and indices name no one by the project's convention, whatever the tagger took it for. A country
 * closing it ({@code Jerman} of {@code DAX Jerman}) is kept, a place, as a place inside a title counts. Places the
 * tagger found there are left as they are ({@code indeks Shanghai}), and so is a name given a short form in brackets,
 * the body that compiles the index (a change in brackets, {@code (-0,42%)}, is none) ({@code indeks Morgan Stanley Capital International (MSCI)}, whose short form the
 * article goes on to use for the body).
 */
final class IndexNames {
    /** The longest country name looked for at the end of an index's name, in words ({@code Korea Selatan}). */
    private static final int MAX_COUNTRY_WORDS = 2;

    private final Places places;

    IndexNames(Places places) {
        this.places = places;
    }

    /** {@code found} without the bodies and people named right after {@code indeks}, their closing countries added; in place. */
    void drop(String text, List<Found> found) {
        List<Found> countries = new ArrayList<>();
        found.removeIf(f -> {
            if (f.type() == EntityType.PLACE || !Surroundings.wordBefore(text, f.start()).equalsIgnoreCase("indeks")) return false;
            if (text.startsWith(" (", f.end()) && f.end() + 2 < text.length() && Character.isUpperCase(text.charAt(f.end() + 2))) {
                return false;
            }
            String name = f.textIn(text);
            String country = places.countryClosing(name, MAX_COUNTRY_WORDS);
            if (country != null) countries.add(new Found(f.end() - country.length(), f.end(), EntityType.PLACE, f.via()));
            return true;
        });
        if (countries.isEmpty()) return;
        found.addAll(countries);
        found.sort((a, b) -> a.start() - b.start());
    }
}
