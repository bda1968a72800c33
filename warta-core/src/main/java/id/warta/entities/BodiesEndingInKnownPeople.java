package id.warta.entities;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * {@code juru sita PN Depok Yohansyah}, {@code Ketua Sidang MKH Yanto}: a body named after an office and before the
 * person who holds it, which the tagger ran into one organisation's name. When a title ends right before it, the
 * words before the last one or two are a body the article names apart ({@code PN Depok} elsewhere, {@code MKH}
 * defined in brackets, a listed body), and each of those last words is a word of a person the article names
 * elsewhere ({@code Yohansyah Maruanaya}, {@code Yanto}), the name is the body, then the person. Not when that
 * person's name takes in a word of the body too (the tagger's other reading of the same name, {@code Gresini
 * Racing}), nor when the last words are a place ({@code Kejaksaan Negeri Sumedang}, {@code Kementerian Luar Negeri
 * Iran}). The title may stand before a body the body belongs to ({@code Ketua Fraksi Partai Golkar DPR Sarmuji}).
 * <p>
 * The second of two splits of a body run into its holder, in {@link Canonicalizer} once every name is found: the
 * person is vouched for by the article's other names, so one or two words suffice. The first,
 * {@link HoldersRunIntoBodies} in {@link NameFinder}, reads a longer holder's name by its own words.
 */
final class BodiesEndingInKnownPeople {
    /** The person's words after the body: one ({@code Yanto}) or two ({@code Budi Santoso}). */
    private static final int MAX_PERSON_WORDS = 2;

    private BodiesEndingInKnownPeople() {
    }

    /**
     * {@code found} with each such organisation split into the body and the person; {@code isBody} says
     * whether a name is a body's the article or the lexicon knows, {@code afterTitle} whether a title ends right
     * before an offset (a product's model after its maker, {@code Toyota Innova}, follows none).
     */
    static List<Found> split(String text, List<Found> found, Predicate<String> isBody, Predicate<String> isPlace,
                             IntPredicate afterTitle) {
        Set<String> bodies = new HashSet<>();
        List<List<String>> people = new ArrayList<>();
        Set<String> personWords = new HashSet<>();
        for (Found f : found) {
            String name = f.textIn(text);
            if (f.type() == EntityType.ORGANIZATION) bodies.add(name);
            if (f.type() == EntityType.PERSON) people.add(List.of(name.split(" ")));
        }
        if (people.isEmpty()) return found;
        for (List<String> p : people) personWords.addAll(p);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int person = f.type() == EntityType.ORGANIZATION && closesWithAPersonsWord(text, f, personWords)
                    ? personAt(text, f, bodies, people, isBody, isPlace) : -1;
            if (person < 0 || !afterTitle.test(f.start()) && !behindTitledBody(text, out, f, afterTitle)) { // the title asked last
                out.add(f);
                continue;
            }
            out.add(new Found(f.start(), person - 1, EntityType.ORGANIZATION, f.via()));
            out.add(new Found(person, f.end(), EntityType.PERSON, f.via()));
        }
        return out;
    }

    /**
     * {@code Ketua Fraksi Partai Golkar DPR Sarmuji}: whether {@code f} goes on, after one space, from a body found
     * right after a title, the office held in a body of a body (the tagger cut the chain after the first body).
     */
    private static boolean behindTitledBody(String text, List<Found> before, Found f, IntPredicate afterTitle) {
        if (before.isEmpty()) return false;
        Found last = before.getLast();
        return last.type() == EntityType.ORGANIZATION && last.end() + 1 == f.start() && text.charAt(last.end()) == ' '
                && afterTitle.test(last.start());
    }

    /**
     * Whether organisation {@code f}'s last word (after its last space) is a word of a person's name: else no person
     * closes it ({@link #namedApart} asks the person to bear every word), told before the gazetteer is asked.
     */
    private static boolean closesWithAPersonsWord(String text, Found f, Set<String> personWords) {
        int space = text.lastIndexOf(' ', f.end() - 1);
        return space > f.start() && personWords.contains(text.substring(space + 1, f.end()));
    }

    /** Where the person's name starts inside organisation {@code f}, or -1. */
    private static int personAt(String text, Found f, Set<String> bodies, List<List<String>> people,
                                Predicate<String> isBody, Predicate<String> isPlace) {
        int at = f.end();
        for (int words = 1; words <= MAX_PERSON_WORDS; words++) {
            int space = text.lastIndexOf(' ', at - 1);
            if (space <= f.start()) return -1;
            String word = text.substring(space + 1, at);
            String tail = text.substring(space + 1, f.end());
            if (!Character.isUpperCase(word.charAt(0)) || noLowerCase(word) || isPlace.test(word) || isPlace.test(tail)) return -1;
            String body = text.substring(f.start(), space);
            if ((bodies.contains(body) || isBody.test(body)) && namedApart(tail, body, people)) {
                return space + 1;
            }
            at = space;
        }
        return -1;
    }

    /** Whether some person the article names bears every word of {@code name} and no word of {@code body}. */
    private static boolean namedApart(String name, String body, List<List<String>> people) {
        List<String> words = List.of(name.split(" "));
        List<String> bodyWords = List.of(body.split(" "));
        return people.stream().anyMatch(p -> p.containsAll(words) && p.stream().noneMatch(bodyWords::contains));
    }

    /** Initials ({@code MKH}) close no person's name; unlike {@link Initials#writtenInAscii}, any length and script. */
    private static boolean noLowerCase(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }
}
