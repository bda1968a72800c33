package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * {@code ganda putra Sabar Karyaman Gutama ... Sabar/Reza}, {@code Analis PT Pefindo Guntur Tri Hariyanto ... ujar
 * Guntur}: a capitalised word right before a person's name of several words, which the tagger left off because the news
 * also writes it as a common word or a town, opens the name when the article later calls a person by that word alone:
 * the one word a person goes by is a given name. Not a title or head word, a town or larger, a word inside another
 * name or found as a body or place ({@code Halodoc}), the last word of another person's full name ({@code Elon Musk}: a
 * surname), nor a word after a title ({@code pengacara Musk Steven Molo}: the role's holder is the name after it).
 */
final class GivenNamesLeftOff {
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    GivenNamesLeftOff(Places places) {
        this.places = places;
    }

    /** {@code found} with each such person widened over the given name before it; in place. */
    void join(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || f.textIn(text).indexOf(' ') < 0) continue;
            String word = Surroundings.wordBefore(text, f.start());
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !word.substring(1).chars().allMatch(Character::isLowerCase)) continue;
            int start = f.start() - 1 - word.length();
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) || insideAName(found, start, f.start())) continue;
            if (!calledByItLater(text, found, word, f.end()) || surnameOfAnother(text, found, word) || namesOtherThanAPerson(text, found, word)
                    || lexicon.titleOrHeadWord(word) || places.namesTownOrLarger(word) || places.countryCode(word) != null
                    || lexicon.title(List.of(Surroundings.wordBefore(text, start).toLowerCase(Locale.ROOT))) != null) continue;
            found.set(i, new Found(start, f.end(), EntityType.PERSON, f.via()));
        }
    }

    /** Whether a found name covers some of {@code [start, end)}. */
    private static boolean insideAName(List<Found> found, int start, int end) {
        for (Found f : found) if (f.start() < end && start < f.end()) return true;
        return false;
    }

    /** Whether a person is found as {@code word} alone after {@code from}. */
    private static boolean calledByItLater(String text, List<Found> found, String word, int from) {
        for (Found f : found) if (f.start() >= from && f.type() == EntityType.PERSON && f.textIn(text).equals(word)) return true;
        return false;
    }

    /** Whether {@code word} is found as a body or a place somewhere ({@code Halodoc}): a name, but no given name. */
    private static boolean namesOtherThanAPerson(String text, List<Found> found, String word) {
        for (Found f : found) if (f.type() != EntityType.PERSON && f.textIn(text).equals(word)) return true;
        return false;
    }

    /** Whether a person's name of several words, found in the text, closes with {@code word}. */
    private static boolean surnameOfAnother(String text, List<Found> found, String word) {
        for (Found f : found) {
            String name = f.textIn(text);
            if (f.type() == EntityType.PERSON && name.endsWith(" " + word)) return true;
        }
        return false;
    }
}
