package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A body the article names, run by the tagger into the person who holds an office in it: two names. One of two
 * splits of such a run, told apart by what vouches for the person: here, in {@link NameFinder} on the tagger's names
 * first thing, the holder's own words (two to four that read as a person's name); later, in {@link Canonicalizer},
 * {@link BodiesEndingInKnownPeople} splits a run that stayed one organisation's name when its last one or two words
 * are a person the article names elsewhere ({@code Yanto}, found whole as {@code Yanto Prasetyo}).
 */
final class HoldersRunIntoBodies {
    /** A person's name run into a body's holds this many words ({@code Rohan Hafas}, {@code Widi Hartoto}). */
    private static final int MIN_PERSON_WORDS = 2;
    private static final int MAX_PERSON_WORDS = 4;

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    HoldersRunIntoBodies(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /**
     * {@code Sekretaris Perusahaan Bank Mandiri Rohan Hafas}: the tagger runs a body the article
     * also names on its own into the person who speaks for it, or cuts the words elsewhere
     * ({@code Bank} | {@code Mandiri Rohan Hafas}). After an office, a body the article names,
     * then words that read as a person's name (capitalised, none a word news writes in lower
     * case, none a type word) and end the run of capitalised words, are two names: they replace
     * what the tagger found there, when all it found lies inside.
     */
    void split(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        Set<String> bodies = new HashSet<>();
        int longestBody = 0;
        for (Found f : found) {
            if (isBody(f, text) && bodies.add(f.textIn(text))) {
                longestBody = Math.max(longestBody, f.textIn(text).split(" ").length);
            }
        }
        if (bodies.isEmpty()) return;
        Set<Character> bodyInitials = new HashSet<>();
        for (String body : bodies) if (!body.isEmpty()) bodyInitials.add(body.charAt(0));
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int t = 1; t < tokens.size(); t++) {
                // a body opens on its first character: most words cannot (cheaper than the title lookup)
                if (!bodyInitials.contains(text.charAt(tokens.get(t).start()))) continue;
                if (!lexicon.titleEndsAt(tokens, t - 1)) continue; // "Direktur Utama Bank BJB Widi Hartoto": an office, then its body and holder
                for (int person = t + 1; person < tokens.size() && person - t <= longestBody; person++) {
                    if (!bodies.contains(s.tokensText(t, person))) continue;
                    int name = person + lexicon.titleLengthAt(tokens, person); // "Kapuspen TNI Mayjen Kristomei Sianturi"
                    int end = name;
                    while (end < tokens.size() && end - name < MAX_PERSON_WORDS && tokens.get(end).isCapitalised()) end++;
                    if (end - name < MIN_PERSON_WORDS || (end < tokens.size() && tokens.get(end).isCapitalised())
                            || !readsAsPersonName(tokens, name, end)
                            || places.namesRegion(tokens.get(name).text())) { // "KONI Lampung": the body's branch
                        continue;
                    }
                    if (replace(found, tokens.get(t).start(), tokens.get(person - 1).end(), tokens.get(name).start(),
                            tokens.get(end - 1).end())) {
                        t = end - 1;
                        break;
                    }
                }
            }
        }
    }

    /** Puts body {@code [from, bodyEnd)} and person {@code [personStart, to)} for what the tagger found there. */
    private static boolean replace(List<Found> found, int from, int bodyEnd, int personStart, int to) {
        List<Found> there = found.stream().filter(f -> f.start() < to && from < f.end()).toList();
        if (there.isEmpty() || there.stream().anyMatch(f -> f.start() < from || f.end() > to)) return false;
        found.removeAll(there);
        String via = there.getFirst().via();
        found.add(new Found(from, bodyEnd, EntityType.ORGANIZATION, via));
        found.add(new Found(personStart, to, EntityType.PERSON, via));
        found.sort((a, b) -> a.start() - b.start());
        return true;
    }

    /** An organisation by the tagger, or by the word it opens with ({@code Bank}, {@code Kementerian}). */
    private boolean isBody(Found f, String text) {
        if (f.type() == EntityType.ORGANIZATION) return true;
        int space = text.indexOf(' ', f.start());
        String first = text.substring(f.start(), space < 0 || space > f.end() ? f.end() : space);
        return lexicon.isOrganisationHead(first);
    }

    private boolean readsAsPersonName(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))
                    || model.commonInLowerCase(w) || lexicon.heads.containsKey(w.toLowerCase(Locale.ROOT))
                    || lexicon.aliases.containsKey(w)) {
                return false;
            }
        }
        return true;
    }
}
