package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.language.SpeechCue;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ...," kata Guntur.}, {@code ...," ujar Busan dalam rapat itu}, {@code ..., kata Panji, ...}: after a quote's
 * closing mark (or the comma of a reported clause) and a verb that follows a quote, only the speaker stands. Many given
 * names are also towns' names (Guntur, Busan, Flores, Panji), so the tagger and the gazetteer read the word as a place;
 * there it is a person. {@link SingleNames} reads the same spot for words nothing found and no gazetteer knows; this
 * retypes the tagger's one-word places there, known towns included. A country is left a place: the news lets a state
 * speak for its government ({@code kata Israel}).
 */
final class SpeakersTakenForPlaces {
    /** One character each: the quote's closing mark, or the comma ending a reported clause. */
    private static final Set<String> CLOSING = Set.of("\"", "”", "’", ",");
    private static final int SHORTEST_NAME = 3;

    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    SpeakersTakenForPlaces(Places places) {
        this.places = places;
    }

    /**
     * Retypes in {@code found} (in text order) the tagger's one-word places that stand as a quote's speaker, and every
     * other one-word place the article writes the same way: the person is called so throughout ({@code akrab disapa
     * Garut ... ," ujar Garut}).
     */
    void retype(List<Sentence> sentences, List<Found> found) {
        Set<String> speakers = new HashSet<>();
        int at = 0;
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            while (at < sentences.size() && sentences.get(at).end() <= f.start()) at++;
            if (at == sentences.size()) return;
            if (f.type() != EntityType.PLACE || !f.via().equals("model")) continue;
            Sentence s = sentences.get(at);
            int i = s.tokenAt(f.start());
            if (i < 2 || s.tokenEndingAt(f.end()) != i) continue;
            List<Token> tokens = s.tokens();
            if (!CLOSING.contains(tokens.get(i - 2).text())
                    || !SpeechCue.is(tokens.get(i - 1).text().toLowerCase(Locale.ROOT), SpeechCue.INVERTED)) {
                continue;
            }
            if (i + 1 < tokens.size() && !endsClause(tokens.get(i + 1).text())) continue; // "kata Guntur Wibowo": a longer name
            String word = tokens.get(i).text();
            if (!nameShaped(word) || places.countryCode(word) != null) continue;
            found.set(k, new Found(f.start(), f.end(), EntityType.PERSON, f.via()));
            speakers.add(word);
        }
        if (speakers.isEmpty()) return;
        String text = sentences.getFirst().text();
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (f.type() == EntityType.PLACE && speakers.contains(f.textIn(text))) {
                found.set(k, new Found(f.start(), f.end(), EntityType.PERSON, f.via()));
            }
        }
    }

    /** A capitalised word of letters (an apostrophe or a hyphen inside), not in capitals, no title or head word. */
    private boolean nameShaped(String w) {
        if (w.length() < SHORTEST_NAME || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))) return false;
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLowerCase(c) && c != '\'' && c != '-') return false;
        }
        return !lexicon.titleOrHeadWord(w);
    }

    /** Whether the word after the speaker ends the clause: a mark or a lower-case word. */
    private static boolean endsClause(String next) {
        return !Character.isLetterOrDigit(next.charAt(0)) || Character.isLowerCase(next.charAt(0));
    }
}
