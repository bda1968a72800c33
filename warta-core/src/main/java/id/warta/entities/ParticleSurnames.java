package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code David De Gea ... keinginan De Gea untuk pindah}: a surname opening with a capitalised particle, written
 * without the given name, is read by the tagger as a body or a place ({@code De Gea}), or, where the particle opens
 * a sentence or a headline, as the bare word after it ({@code Gea}). Where the article names a person whose name ends
 * in that particle and word, the mention is that person's surname, the particle with it: a name whose given words
 * read as a person's (no word the news writes in lower case, no title or head word; not {@code Apalagi Le Mans}), and
 * a surname no gazetteer knows as a town or a country ({@code Le Mans}).
 */
final class ParticleSurnames {
    /** Particles that open a surname and are written with a capital inside a name ({@code De Gea}, {@code Van Persie}). */
    private static final Set<String> PARTICLES = Set.of("De", "Di", "Da", "Del", "Della", "Dos", "Du", "Van", "Von", "Le", "La",
            "Der", "Den", "Ter", "Ten");

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    ParticleSurnames(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /** Retypes (and widens over the particle) the bodies and places of {@code found} that are such surnames; in place. */
    void retype(String text, List<Found> found) {
        Set<String> surnames = new HashSet<>();
        for (Found f : found) {
            if (f.type() != EntityType.PERSON) continue;
            String[] words = f.textIn(text).split(" ");
            for (int k = 1; k < words.length - 1; k++) {
                if (!PARTICLES.contains(words[k])) continue;
                String surname = String.join(" ", List.of(words).subList(k, words.length));
                if (personal(List.of(words).subList(0, k)) && !knownPlace(surname)) surnames.add(surname);
                break;
            }
        }
        if (surnames.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() == EntityType.PERSON) continue;
            String name = f.textIn(text);
            if (surnames.contains(name)) {
                found.set(i, new Found(f.start(), f.end(), EntityType.PERSON, f.via()));
                continue;
            }
            String particle = Surroundings.wordBefore(text, f.start());
            if (!PARTICLES.contains(particle) || !surnames.contains(particle + " " + name)) continue;
            int start = f.start() - 1 - particle.length();
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) continue;
            int from = start;
            if (found.stream().anyMatch(g -> g != f && g.start() < f.end() && from < g.end())) continue;
            found.set(i, new Found(start, f.end(), EntityType.PERSON, f.via()));
        }
    }

    private boolean personal(List<String> given) {
        for (String w : given) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || model.seenInLowerCase(w) || lexicon.titleOrHeadWord(w)) return false;
        }
        return true;
    }

    private boolean knownPlace(String name) {
        return places.countryCode(name) != null || places.namesTownOrLarger(name) || places.namesRegion(name);
    }
}
