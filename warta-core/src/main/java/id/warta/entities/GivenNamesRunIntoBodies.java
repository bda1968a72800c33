package id.warta.entities;

import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code Analis PT Pefindo Guntur Tri Hariyanto}, {@code Wakil Ketua Komisi X DPR Lalu Hadrian Irfani}: the tagger ran
 * a holder's first name into the body before it and found the rest of the name as a person right after. The body's
 * last word opens the person's name when the article calls a person by that word alone ({@code ujar Guntur}) or by it
 * and the person's next word ({@code Made Agung}), or when the word is a given name only (the tagger's lists know it
 * in people's names, in no place's or body's) right after a body's short form in capitals ({@code DPR}, {@code LPS}).
 * <p>
 * A town's name ({@code Guntur}) is a given name only when the article calls a person by it. Not when the word is a
 * word of another body or place the article names ({@code KPU Kabupaten Bima} beside {@code Kabupaten Bima},
 * {@code Mahitala Unpar} beside {@code FISIP Unpar}), nor when the person holds a digit (a product's model,
 * {@code Enco Clip2}), nor when the body would be left one word that is no short form.
 * The mirror of {@link BodiesEndingInKnownPeople}, which splits a holder's whole name off a body's end.
 */
final class GivenNamesRunIntoBodies {
    private GivenNamesRunIntoBodies() {
    }

    /**
     * Moves in {@code found} (in text order) each such last word from the body to the person after it, in place;
     * {@code isPlace} says whether a word names a place, {@code givenName} whether it is a given name only.
     */
    static void move(String text, List<Found> found, Predicate<String> isPlace, Predicate<String> givenName) {
        Set<String> calledBy = new HashSet<>(); // the persons' names of one word, and their first two words
        Set<String> otherNamesWords = new HashSet<>(); // words of the bodies and places
        for (Found f : found) {
            String[] words = f.textIn(text).split(" ");
            if (f.type() == EntityType.PERSON) {
                calledBy.add(words.length == 1 ? words[0] : words[0] + " " + words[1]);
            } else {
                otherNamesWords.addAll(List.of(words));
            }
        }
        for (int i = 0; i + 1 < found.size(); i++) {
            Found body = found.get(i), person = found.get(i + 1);
            if (body.type() != EntityType.ORGANIZATION || person.type() != EntityType.PERSON || person.start() != body.end() + 1
                    || text.charAt(body.end()) != ' ') {
                continue;
            }
            int space = text.lastIndexOf(' ', body.end() - 1);
            if (space <= body.start()) continue;
            String word = text.substring(space + 1, body.end()), rest = text.substring(body.start(), space);
            String personName = person.textIn(text);
            if (!titleCase(word) || personName.chars().anyMatch(Character::isDigit)
                    || rest.indexOf(' ') < 0 && !inCapitals(rest) || namedInOthers(word, rest, otherNamesWords, text, found, i)) {
                continue;
            }
            String firstTwo = word + " " + personName.split(" ")[0];
            boolean calledSo = calledBy.contains(word) || calledBy.contains(firstTwo);
            boolean given = !isPlace.test(word) && givenName.test(word) && inCapitals(rest.substring(rest.lastIndexOf(' ') + 1));
            if (!calledSo && !given) continue;
            found.set(i, new Found(body.start(), space, EntityType.ORGANIZATION, body.via()));
            found.set(i + 1, new Found(space + 1, person.end(), EntityType.PERSON, person.via()));
        }
    }

    /** Whether a body or place other than the {@code at}-th name bears {@code word} (the body's own other words aside). */
    private static boolean namedInOthers(String word, String rest, Set<String> otherNamesWords, String text, List<Found> found,
                                         int at) {
        if (!otherNamesWords.contains(word)) return false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (i != at && f.type() != EntityType.PERSON && List.of(f.textIn(text).split(" ")).contains(word)
                    && !f.textIn(text).equals(rest + " " + word)) {
                return true;
            }
        }
        return false;
    }

    /** A capital, then lower-case letters only: a name's word, not a short form ({@code Guntur}, not {@code HAM}). */
    private static boolean titleCase(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) return false;
        return word.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /** A short form in capitals of two letters or more ({@code DPR}, {@code LPS}). */
    private static boolean inCapitals(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }
}
