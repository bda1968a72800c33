package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Alhasil Martin finis kedua}, {@code Blunder Karius membuat ...}: a sentence opening with a common word, which
 * a sentence's start capitalises, right before the surname of a person the article names in full elsewhere ({@code
 * Jorge Martin}); the tagger reads the two words as one person. A two-word person opening a sentence is that surname
 * alone when its first word is one news writes in lower case at times ({@link NerModel#seenInLowerCase}) or a
 * connective opening sentences ({@code Alhasil}); no title, relative ({@code Ayahanda Sergio} is Sergio's father) or
 * particle ({@code Van Gaal}); capitalised nowhere but at sentence starts (a given name, {@code Ray Dalio}, is
 * capitalised mid-sentence too); and its second word closes another person's full name in the article. Siblings named
 * by their given names ({@code Kendall Jenner}, {@code Kylie Jenner}) keep both words: their given names are no common
 * words.
 */
final class OpenersBeforeSurnames {
    /**
     * Sentence connectives news hardly writes mid-sentence, so the model never saw them in lower case
     * ({@code sentence-connectives.tsv}).
     */
    private static final Set<String> CONNECTIVES = Set.copyOf(Lexicon.lines(OpenersBeforeSurnames.class, "sentence-connectives.tsv"));

    /** A relative's word names another person, the relative of the surname's ({@code Ayahanda Sergio}; {@code relatives.tsv}). */
    private static final Set<String> RELATIVES = Set.copyOf(Lexicon.lines(OpenersBeforeSurnames.class, "relatives.tsv"));

    /** Lower-case words opening a name ({@code van}): {@code Van Gaal} opening a sentence is the name ({@code name-particles.tsv}). */
    private static final Set<String> PARTICLES = Set.copyOf(Lexicon.lines(OpenersBeforeSurnames.class, "name-particles.tsv"));

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    OpenersBeforeSurnames(NerModel model) {
        this.model = model;
    }

    /** {@code found} with each such person cut to its surname; in place. */
    void cut(String text, List<Found> found) {
        Set<String> fullNames = new HashSet<>(); // the two-or-more-word persons, their surnames with their given names
        for (Found f : found) if (f.type() == EntityType.PERSON && f.textIn(text).indexOf(' ') > 0) fullNames.add(f.textIn(text));
        if (fullNames.size() < 2) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || !SentenceOpenings.opens(text, f.start())) continue;
            String name = f.textIn(text);
            int space = name.indexOf(' ');
            if (space < 0 || name.indexOf(' ', space + 1) >= 0) continue;
            String opener = name.substring(0, space);
            String surname = name.substring(space + 1);
            if (!commonWord(opener) || lexicon.titleOrHeadWord(opener) || PARTICLES.contains(opener.toLowerCase(Locale.ROOT))
                    || !namedInFull(fullNames, surname, opener) || !onlyOpensSentences(text, opener)) continue;
            found.set(i, new Found(f.start() + space + 1, f.end(), EntityType.PERSON, f.via()));
        }
    }

    /** Whether news writes {@code word} in lower case at times, or it is a connective that only opens sentences. */
    private boolean commonWord(String word) {
        return !RELATIVES.contains(word.toLowerCase(Locale.ROOT)) && (model.seenInLowerCase(word) || CONNECTIVES.contains(word));
    }

    /** Whether another person of the article is named in full with {@code surname} last, after another first word. */
    private static boolean namedInFull(Set<String> fullNames, String surname, String opener) {
        for (String n : fullNames) if (n.endsWith(" " + surname) && !n.startsWith(opener + " ")) return true;
        return false;
    }

    /**
     * Whether {@code word}, capitalised, stands only where a sentence opens in {@code text}: a given name ({@code Ray
     * Dalio}, {@code Asih}) is capitalised mid-sentence too, where a common word is not.
     */
    private static boolean onlyOpensSentences(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (at + word.length() == text.length() || !Character.isLetter(text.charAt(at + word.length())));
            if (whole && !SentenceOpenings.opens(text, at)) return false;
        }
        return true;
    }
}
