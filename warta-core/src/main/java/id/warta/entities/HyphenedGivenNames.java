package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Samuel-Roger Kamba}, {@code Jean-Philippe Mateta}: a hyphened given name, whose first part the tagger
 * leaves out of the person (or finds as a person of its own) since the tokens split at the hyphen. The part
 * before the hyphen joins the person found right after it when that person is named in two words or more, the
 * part is no word of another name the article gives and no place, and it opens a name: no capitalised word
 * stands right before it but a country, a place or body found or a title's last ({@code Menteri Kesehatan Kongo
 * Samuel-Roger Kamba}, {@code Menteri Luar Negeri Jean-Noel Barrot}), and no word that pairs people ({@code
 * pasangan}). So pairs of candidates or players ({@code Prabowo-Gibran}: one word after the hyphen; {@code Joko
 * Widodo-Jusuf Kalla}: a word of the name before; {@code Ramon Bangun-Eddy Ginting}, {@code pasangan Soemarmo-Zuber
 * Safawi}) and a route ({@code Jakarta-Bandung}) stay apart.
 */
final class HyphenedGivenNames {
    /** Lower-case words before a pair of people's names joined by a hyphen ({@code pairing-words.tsv}). */
    private static final Set<String> PAIRING = Set.copyOf(Lexicon.lines(HyphenedGivenNames.class, "pairing-words.tsv"));

    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final Places places;

    HyphenedGivenNames(Places places) {
        this.places = places;
    }

    /** {@code found} (in text order) with each such person's name whole; in place. */
    void join(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || f.start() < 3 || text.charAt(f.start() - 1) != '-'
                    || f.textIn(text).indexOf(' ') < 0) {
                continue;
            }
            int start = AbbreviatedGivenNames.wordOpening(text, f.start() - 1);
            if (start < 0) continue;
            String part = text.substring(start, f.start() - 1);
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0)) || !lowerAfterFirst(part)
                    || places.namesTownOrLarger(part) || places.countryCode(part) != null
                    || wordOfOtherName(text, found, part, start, f.start() - 1) || !opensName(sentences, found, start)) {
                continue;
            }
            found.set(i, new Found(start, f.end(), EntityType.PERSON, f.via()));
            if (i > 0 && found.get(i - 1).start() == start && found.get(i - 1).end() == f.start() - 1) { // "Samuel" alone
                found.remove(i - 1);
                i--;
            }
        }
    }

    /**
     * Whether the word before {@code start} leaves a name opening there: none, or one in lower case that pairs no people,
     * or a capitalised one that names a country or a place found in the article, ends a body found, or ends a title.
     */
    private boolean opensName(List<Sentence> sentences, List<Found> found, int start) {
        Sentence s = Sentence.containing(sentences, start);
        int at = s == null ? -1 : s.tokenAt(start);
        if (at < 1) return true;
        Token before = s.tokens().get(at - 1);
        String word = before.text();
        if (!Character.isLetter(word.charAt(0))) return true;
        if (!Character.isUpperCase(word.charAt(0))) return !pairsPeople(word);
        for (Found g : found) {
            if (g.type() != EntityType.PERSON && g.end() == before.end()) return true;
            if (g.type() == EntityType.PLACE && g.textIn(s.text()).equals(word)) return true; // "Kongo", a place elsewhere
        }
        return places.countryCode(word) != null || lexicon.titleEndsAt(s.tokens(), at - 1); // not any town: Ramon, Bangun
    }

    /** Whether {@code word}, in any case, is one that pairs people before their hyphened names ({@code pasangan}). */
    static boolean pairsPeople(String word) {
        return PAIRING.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean lowerAfterFirst(String word) {
        for (int k = 1; k < word.length(); k++) if (!Character.isLowerCase(word.charAt(k))) return false;
        return true;
    }

    /**
     * Whether {@code part}, at {@code [start, end)}, is a word of a name found anywhere but exactly there ({@code
     * Widodo} of {@code Joko Widodo}, before {@code -Jusuf Kalla}), or a name found ends at the hyphen taking more.
     */
    private static boolean wordOfOtherName(String text, List<Found> found, String part, int start, int end) {
        for (Found g : found) {
            if (g.start() == start && g.end() == end) continue;
            if (g.end() == end) return true; // "Prabowo Subianto-Gibran ...": the name before the hyphen
            if (List.of(g.textIn(text).split("\\s+")).contains(part)) return true;
        }
        return false;
    }
}
