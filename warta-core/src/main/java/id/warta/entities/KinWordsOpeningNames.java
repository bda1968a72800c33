package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * {@code Putri Kusuma Wardani membuka poin}, {@code meloloskan Putra Tri Ramadani}: a given name that is also a word
 * for a relative ({@code kin-given-names.tsv}), which the tagger leaves out of the person after it as if it read "the
 * daughter of". The capitalised word opens the name of a person of two words or more found right after it when it
 * opens its sentence, or follows a lower-case word or a title ({@code Kapten Putri ...}): after another capitalised
 * word it is a category ({@code Tunggal Putri Imam Santoso}, {@code Timnas Basket 3x3 Putri ...}). A person named
 * elsewhere in the article without the word before the name is its relative's ({@code Putri Ahmad Dhani, ...} beside
 * {@code Ahmad Dhani}), and stays apart.
 */
final class KinWordsOpeningNames {
    private static final Set<String> WORDS = Set.copyOf(Lexicon.lines(KinWordsOpeningNames.class, "kin-given-names.tsv"));

    private KinWordsOpeningNames() {
    }

    /** {@code found} (in text order) with each such person opening at its given name; in place. */
    static void join(String text, List<Found> found, EntityLexicon lexicon) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || f.textIn(text).indexOf(' ') < 0) continue;
            String word = kinWordBefore(text, f.start());
            if (word == null) continue;
            int opens = f.start() - word.length() - 1;
            if (!openingPlace(text, opens, lexicon) || (i > 0 && found.get(i - 1).end() > opens)
                    || namedWithoutIt(text, f.textIn(text))) continue;
            found.set(i, new Found(opens, f.end(), EntityType.PERSON, f.via()));
        }
    }

    /** The listed word and one space right before {@code at}, standing as a word of its own; or null. */
    private static String kinWordBefore(String text, int at) {
        for (String w : WORDS) {
            int opens = at - w.length() - 1;
            if (opens >= 0 && text.startsWith(w + " ", opens) && (opens == 0 || !Character.isLetterOrDigit(text.charAt(opens - 1)))) {
                return w;
            }
        }
        return null;
    }

    /** Whether a name may open at {@code at}: a sentence's start, or after a lower-case word or a title. */
    private static boolean openingPlace(String text, int at, EntityLexicon lexicon) {
        if (SentenceOpenings.opens(text, at)) return true;
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        if (start == end || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) return false;
        String before = text.substring(start, end);
        return before.chars().allMatch(Character::isLowerCase) || lexicon.title(List.of(before)) != null;
    }

    /** Whether {@code name} stands somewhere in {@code text} with no listed word right before it. */
    private static boolean namedWithoutIt(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (kinWordBefore(text, at) == null) return true;
        }
        return false;
    }
}
