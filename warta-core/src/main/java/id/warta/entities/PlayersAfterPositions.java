package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code gelandang PSG, Vitinha, ...}, {@code kiper Timnas, Ernando.}, {@code bek asal Brasil Silvano tampil ...}: the
 * one word after a player's position ({@code sports-positions.tsv}), his club or country and the comma setting him off
 * (or after {@code asal} and his country) is the player, whom a tagger that learnt names of two words and more leaves
 * out or reads as a place. The word stands alone (no capitalised word after it), is one news does not write in lower
 * case and is no title, head, listed name or known place; a name found over it alone becomes a person, one found
 * running past it is left as it is.
 */
final class PlayersAfterPositions {
    private static final Set<String> POSITIONS = Set.copyOf(Lexicon.lines(PlayersAfterPositions.class, "sports-positions.tsv"));
    /** The positions' first words: a token opening none is passed over before any phrase is put together. */
    private static final Set<String> FIRST_WORDS = POSITIONS.stream().map(p -> p.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
    /** Lower-case words that go on with a person's name ({@code de}, {@code van}, {@code bin}; {@code name-particles.tsv}). */
    private static final Set<String> PARTICLES = Set.copyOf(Lexicon.lines(PlayersAfterPositions.class, "name-particles.tsv"));
    private static final int LONGEST_POSITION = 2;
    /** The most capitalised words a club's or country's name runs over ({@code Timnas U23 Indonesia}). */
    private static final int LONGEST_TEAM = 4;
    private static final int SHORTEST_NAME = 3;

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    PlayersAfterPositions(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /** {@code found} (in text order) with the players named so typed as people or added; in place. */
    void find(List<Sentence> sentences, List<Found> found) {
        boolean added = false;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int after = positionEnd(tokens, i);
                if (after < 0) continue;
                int player = playerAt(tokens, after);
                if (player < 0) continue;
                Token w = tokens.get(player);
                Found f = new Found(w.start(), w.end(), EntityType.PERSON, "position");
                int over = -1;
                boolean runsPast = false;
                for (int k = 0; k < found.size(); k++) {
                    Found g = found.get(k);
                    if (!g.overlaps(f)) continue;
                    if (g.start() == f.start() && g.end() == f.end()) over = k;
                    else runsPast = true;
                }
                if (runsPast) continue;
                if (over >= 0) {
                    if (found.get(over).type() != EntityType.PERSON) found.set(over, new Found(f.start(), f.end(), EntityType.PERSON, found.get(over).via()));
                } else {
                    found.add(f);
                    added = true;
                }
                i = player;
            }
        }
        if (added) found.sort((a, b) -> a.start() - b.start());
    }

    /** The token after the position opening at {@code at} (the longest listed), or -1 for none. */
    private static int positionEnd(List<Token> tokens, int at) {
        if (!FIRST_WORDS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) return -1;
        for (int k = Math.min(LONGEST_POSITION, tokens.size() - at); k >= 1; k--) {
            StringBuilder words = new StringBuilder();
            for (int j = at; j < at + k; j++) words.append(j > at ? " " : "").append(tokens.get(j).text().toLowerCase(Locale.ROOT));
            if (POSITIONS.contains(words.toString())) return at + k;
        }
        return -1;
    }

    /**
     * The player's token after the position ending before {@code at}: after the team's capitalised words and a comma,
     * or after {@code asal} and one capitalised word with or without one; -1 for none.
     */
    private int playerAt(List<Token> tokens, int at) {
        boolean origin = at < tokens.size() && tokens.get(at).text().equals("asal");
        int teamStart = origin ? at + 1 : at, end = teamStart;
        while (end < tokens.size() && end - teamStart < LONGEST_TEAM && teamWord(tokens.get(end))) end++;
        if (end == teamStart) return -1;
        if (end < tokens.size() && tokens.get(end).text().equals(",")) {
            return standsAlone(tokens, end + 1) ? end + 1 : -1;
        }
        // "bek asal Brasil Silvano": one word of a country, then the player
        if (origin && end - teamStart == 2 && places.namesTownOrLarger(tokens.get(teamStart).text())
                && standsAlone(tokens, teamStart + 1)) {
            return teamStart + 1;
        }
        return -1;
    }

    private static boolean teamWord(Token t) {
        return t.isCapitalised() || Character.isUpperCase(t.text().charAt(0)) || Character.isDigit(t.text().charAt(0)) && t.isWord();
    }

    /** Whether token {@code at} may be a one-word name with nothing capitalised after it. */
    private boolean standsAlone(List<Token> tokens, int at) {
        if (at >= tokens.size() || !nameShaped(tokens.get(at).text())) return false;
        if (at + 1 < tokens.size()) {
            String next = tokens.get(at + 1).text();
            if (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)) || next.equals("(")
                    || PARTICLES.contains(next)) { // "Ruben de la Red": the name goes on
                return false;
            }
        }
        return true;
    }

    /** A capitalised word of letters, not in capitals, news does not write in lower case, no title, head, listed name or place. */
    private boolean nameShaped(String w) {
        if (w.length() < SHORTEST_NAME || !Character.isUpperCase(w.charAt(0))) return false;
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLowerCase(c) && c != '\'' && c != '-') return false;
        }
        return !model.seenInLowerCase(w) && !lexicon.titleOrHeadWord(w) && !lexicon.aliases.containsKey(w)
                && !lexicon.capitals.containsKey(w) && !places.namesTownOrLarger(w);
    }
}
