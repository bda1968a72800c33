package id.warta.entities;

import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * {@code SETARA Institute}, {@code MAJU Foundation}: a body whose own name is a common word written in capitals, then
 * a word that closes a body's name ({@code Institute}, {@code Foundation}, {@code Group}; the organisation tails of
 * {@code heads.tsv}). The tagger, reading the capitals as the common word, finds nothing there; the two words are one
 * organisation. Only in a sentence written in ordinary case (a headline in capitals says nothing of names), only where
 * nothing was found, and not after another word in capitals ({@code KAMI DAN Group} is shouting).
 */
final class ShoutedNamesBeforeTails {
    private static final EntityLexicon LEXICON = EntityLexicon.INSTANCE;
    /** The fewest letters the word in capitals holds: {@code SETARA}, {@code ONE}; two are an abbreviation the lists know. */
    private static final int SHORTEST = 3;

    private ShoutedNamesBeforeTails() {
    }

    /** Adds to {@code found} (in text order) the bodies named so in {@code sentences}. */
    static void find(List<Sentence> sentences, List<Found> found) {
        boolean changed = false;
        for (Sentence s : sentences) {
            if (!s.cased()) continue;
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token word = tokens.get(i);
                Token tail = tokens.get(i + 1);
                if (!word.isAllCaps() || word.text().length() < SHORTEST || !word.text().chars().allMatch(Character::isLetter)
                        || !tail.isCapitalised() || tail.isAllCaps() || tail.start() != word.end() + 1
                        || LEXICON.tails.get(tail.text().toLowerCase(Locale.ROOT)) != EntityType.ORGANIZATION
                        || i > 0 && tokens.get(i - 1).isAllCaps()) {
                    continue;
                }
                Found body = new Found(word.start(), tail.end(), EntityType.ORGANIZATION, "context");
                if (found.stream().anyMatch(body::overlaps)) continue;
                found.add(body);
                changed = true;
            }
        }
        if (changed) found.sort((a, b) -> a.start() - b.start());
    }
}
