package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.SpeechCue;
import id.warta.model.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code unggul 0,2 detik dari Zarco}, {@code Fabio Di Giannantonio}: a person's surname after a locative ({@code dari},
 * {@code di}), or after the particle {@code Di} of a foreign name, which the tagger reads as the Indonesian preposition,
 * is taken for a place. Where the article names a person whose name ends in that word, and no gazetteer knows it as a
 * town or a country, the word is that person's surname; a person's name that the particle cut in two is joined again.
 * So is a person's first name, once the article has named the person in full ({@code Bermain di Impact Arena, Bangkok,
 * Thailand, Ruselli ...} after {@code Ruselli Hartawan}): a list of places before it makes the tagger read one more.
 */
final class SurnamesTakenForPlaces {
    /** Name particles spelt like the Indonesian locative or read with it ({@code Di Giannantonio}, {@code De Rossi}). */
    private static final List<String> PARTICLES = List.of(" Di ", " De ");

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    SurnamesTakenForPlaces(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /** Joins names cut at a particle, then retypes as persons the places that are the surname of a person in {@code found}. */
    void retype(String text, List<Found> found) {
        joinParticles(text, found);
        loneParticles(text, found);
        fullNames(text, found);
        Set<String> placeWords = new HashSet<>(); // the words that may be retyped: only their persons are read
        for (Found f : found) {
            if (f.type() != EntityType.PLACE || !f.via().equals("model")) continue;
            String word = f.textIn(text);
            if (word.indexOf(' ') < 0) placeWords.add(word);
        }
        if (placeWords.isEmpty()) return;
        Set<String> surnames = new HashSet<>();
        Map<String, Integer> givenNames = new HashMap<>(); // each to where its person is first named in full
        for (Found f : found) {
            if (f.type() != EntityType.PERSON) continue;
            String name = f.textIn(text);
            int space = name.lastIndexOf(' ');
            if (space > 0 && placeWords.contains(name.substring(space + 1)) && personal(name.substring(0, space))) {
                surnames.add(name.substring(space + 1));
            }
            int first = name.indexOf(' ');
            if (first > 0 && placeWords.contains(name.substring(0, first)) && !givenNames.containsKey(name.substring(0, first))
                    && personal(name)) {
                givenNames.put(name.substring(0, first), f.end());
            }
        }
        if (surnames.isEmpty() && givenNames.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE || !f.via().equals("model")) continue;
            String word = f.textIn(text);
            Integer named = givenNames.get(word);
            boolean given = named != null && named <= f.start();
            if (word.indexOf(' ') >= 0 || !surnames.contains(word) && !given || knownPlace(word) || model.commonInLowerCase(word)) {
                continue;
            }
            found.set(i, new Found(f.start(), f.end(), EntityType.PERSON, f.via()));
        }
    }

    /**
     * {@code futuris Stuart Candy ...}, then {@code kata Candy}: a foreign name the tagger took whole for a place, when the
     * article calls a person by its last word alone, is that person's full name, unless a gazetteer knows the name or its
     * last word, or a word of it is a common word, a title or a head ({@code Bandara Juanda}, then {@code kata Juanda}).
     */
    private void fullNames(String text, List<Found> found) {
        Set<String> alone = new HashSet<>(); // the one-word persons quoted or saying: a surname used alone
        for (Found f : found) {
            if (f.type() == EntityType.PERSON && f.textIn(text).indexOf(' ') < 0 && speaks(text, f)) alone.add(f.textIn(text));
        }
        if (alone.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE || !f.via().equals("model")) continue;
            String name = f.textIn(text);
            int space = name.lastIndexOf(' ');
            if (space < 0) continue;
            String last = name.substring(space + 1);
            if (!alone.contains(last) || knownPlace(name) || knownPlace(last) || model.commonInLowerCase(last)
                    || !givenNames(name.substring(0, space))) {
                continue;
            }
            found.set(i, new Found(f.start(), f.end(), EntityType.PERSON, f.via()));
        }
    }

    /** Whether a speech verb stands right before the name ({@code kata Candy}) or a verb of saying right after it. */
    private static boolean speaks(String text, Found f) {
        return SpeechCue.is(Surroundings.wordBefore(text, f.start()).toLowerCase(Locale.ROOT), SpeechCue.INVERTED)
                || SpeechCue.is(Surroundings.wordAfter(text, f.end()).toLowerCase(Locale.ROOT), SpeechCue.VERB);
    }

    /** As {@link #personal}, but a town's name may be a given name ({@code Stuart}, {@code Florence}): the surname decided. */
    private boolean givenNames(String given) {
        for (String w : given.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || model.seenInLowerCase(w) || lexicon.titleOrHeadWord(w)
                    || places.countryCode(w) != null || places.namesRegion(w) || lexicon.namesBodyAlone(w)
                    || ThingWords.INSTANCE.isProduct(w) || ThingWords.INSTANCE.isCompetition(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code Fabio} + {@code Di Giannantonio}: a person's name, then the particle written in capitals inside the sentence and
     * a capitalised word no gazetteer knows (found as a place or not at all): one person's name.
     */
    private void joinParticles(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || !PARTICLES.contains(text.substring(f.end(), Math.min(text.length(), f.end() + 4)))) {
                continue;
            }
            int start = f.end() + 4, end = start;
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            String word = text.substring(start, end);
            if (end - start < 2 || !Character.isUpperCase(word.charAt(0)) || knownPlace(word) || model.commonInLowerCase(word)
                    || capitalisedNext(text, end)) {
                continue; // "Jokowi Di Mabes Polri", "Kevin Di Piala Thomas": a headline's capitals
            }
            if (i + 1 < found.size() && found.get(i + 1).start() < end) {
                Found g = found.get(i + 1);
                if (g.start() != start || g.end() != end || g.type() != EntityType.PLACE) continue;
                found.remove(i + 1);
            }
            found.set(i, new Found(f.start(), end, EntityType.PERSON, f.via()));
        }
    }

    /**
     * {@code Menariknya, Di Giannantonio, Bezzecchi, dan ...}, {@code wartawan asal Italia, Gianluca Di Marzio.}: the
     * particle written with its capital inside a sentence (after a lower-case word, a comma, or a given name), then one
     * capitalised word the tagger took for a place that no gazetteer knows and news never writes in lower case, is a
     * person's surname, though the article never names the person in full; a given name right before it joins it. A
     * place after a quotation's or a sentence's opening {@code Di} ({@code "Di Mugello kami ...}), an acronym
     * ({@code Di UPH}) and a headline's run of capitals stay places.
     */
    private void loneParticles(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE || !f.via().equals("model") || f.start() < 6
                    || !PARTICLES.contains(text.substring(f.start() - 4, f.start()))) {
                continue;
            }
            String word = f.textIn(text);
            if (word.length() < 3 || word.indexOf(' ') >= 0 || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
                    || knownPlace(word) || model.seenInLowerCase(word) || lexicon.titleOrHeadWord(word)
                    || capitalisedNext(text, f.end())) {
                continue;
            }
            int particle = f.start() - 3;
            char before = text.charAt(particle - 2);
            int start = particle;
            if (Character.isLetter(before)) {
                String previous = Surroundings.wordBefore(text, particle);
                if (previous.isEmpty()) continue;
                if (Character.isUpperCase(previous.charAt(0))) {
                    int from = particle - 1 - previous.length();
                    if (!personal(previous) || found.stream().anyMatch(g -> g.start() < particle && from < g.end())) continue;
                    start = from;
                }
            } else if (before != ',') {
                continue;
            }
            found.set(i, new Found(start, f.end(), EntityType.PERSON, f.via()));
        }
    }

    /**
     * Whether the words before a surname are a person's given names, not a place's, a body's or a product's kind the
     * tagger read into a person ({@code Semenanjung Sinai}, {@code Velodrome Rawamangun}, {@code MotoGP Aragon}).
     */
    private boolean personal(String given) {
        for (String w : given.split(" ")) {
            if (PARTICLES.contains(" " + w + " ")) continue; // Fabio Di Giannantonio
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || model.seenInLowerCase(w) || lexicon.titleOrHeadWord(w)
                    || knownPlace(w) || lexicon.namesBodyAlone(w) || ThingWords.INSTANCE.isProduct(w) || ThingWords.INSTANCE.isCompetition(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a capitalised word follows the word ending at {@code end}, after one space. */
    private static boolean capitalisedNext(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    private boolean knownPlace(String word) {
        return places.countryCode(word) != null || places.namesTownOrLarger(word) || places.namesRegion(word);
    }
}
