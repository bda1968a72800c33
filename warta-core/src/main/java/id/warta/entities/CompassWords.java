package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pantai Utara Jakarta}, {@code dari Selatan Jakarta}: Indonesian puts a region's compass word after its name
 * ({@code Jakarta Utara}, {@code Jawa Barat}), so one written capitalised before a known place is a direction, no part of
 * the place's name: the place is the words after it. A name the gazetteers or the lists know whole keeps its compass
 * word ({@code Timur Tengah}, {@code Timor Leste}); a compass word in lower case ({@code utara Gaza}) is never taken in.
 */
final class CompassWords {
    private static final Pattern OPENING = Pattern.compile("(?:Utara|Selatan|Barat|Timur|Tenggara)(?: Daya| Laut)? ");

    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    CompassWords(Places places) {
        this.places = places;
    }

    /** Cuts the opening compass word off the places in {@code found} that name a known place after it. */
    void cut(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE) continue;
            String name = f.textIn(text);
            Matcher m = OPENING.matcher(name);
            if (!m.lookingAt() || m.end() == name.length()) continue;
            String rest = name.substring(m.end());
            if (places.namesTownOrLarger(name) || lexicon.listed(name) != null || !places.namesRegencyOrLarger(rest)) continue;
            found.set(i, new Found(f.start() + m.end(), f.end(), EntityType.PLACE, f.via()));
        }
    }
}
