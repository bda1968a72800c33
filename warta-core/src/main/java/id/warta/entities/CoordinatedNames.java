package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name in a list of names of one kind ({@code yakni Go-Jek, Traveloka, Bukalapak, dan Tokopedia}): items joined by
 * commas and closed by {@code dan}/{@code atau} are of one kind, so when the tagger found two items or more and all of
 * one type, an item it missed that is one capitalised word reading as a name (not a word the news writes in lower
 * case, not a title, not a head or tail word such as {@code Bandara}) is a name of that type too. Only sentences whose
 * case can be trusted are read, and a run is cut at anything else (a longer unfound stretch, a lower-case word);
 * the word (its parts joined by hyphens, {@code Go-Jek}) must stand alone, with no capitalised word or number on
 * either side; initials in a list of places ({@code BRICS, Eropa, dan Afrika}) are left alone. A list of three places
 * or more holds no person either: one word the tagger read as a person's among them is a place it did not know
 * ({@code Sorong, Biak, dan Manokrawi}, misspelt); a longer name may be a person's added to the list.
 */
final class CoordinatedNames {
    private static final Set<String> CONJUNCTIONS = Set.of("dan", "atau");
    /** Items of the list the tagger must have found, all of one type. */
    private static final int LEAST_FOUND = 2;
    /** Places a list must hold for the one person among them to be read as a place. */
    private static final int LEAST_PLACES = 3;

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    CoordinatedNames(NerModel model) {
        this.model = model;
    }

    /** An item: tokens {@code [from, to)} of a sentence, the type found there or null. */
    private record Item(int from, int to, EntityType type) {
    }

    /** Adds the names missed in the lists of {@code sentences}; {@code found} is in text order. */
    void find(List<Sentence> sentences, List<Found> found) {
        List<Found> added = new ArrayList<>();
        int next = 0;
        for (Sentence s : sentences) {
            while (next < found.size() && found.get(next).end() <= s.start()) next++;
            int last = next;
            while (last < found.size() && found.get(last).start() < s.end()) last++;
            if (s.cased() && last > next) lists(s, found.subList(next, last), added);
        }
        if (added.isEmpty()) return;
        // a place of a list of places, found as a person's name: retyped where it stands
        found.replaceAll(f -> f.type() == EntityType.PERSON && added.contains(placeAt(f))
                ? new Found(f.start(), f.end(), EntityType.PLACE, f.via()) : f);
        added.removeIf(a -> PLACE_AMONG_PLACES.equals(a.via()));
        if (added.isEmpty()) return;
        found.addAll(added);
        found.sort((a, b) -> a.start() - b.start());
    }

    private void lists(Sentence s, List<Found> inSentence, List<Found> added) {
        List<Token> tokens = s.tokens();
        List<Item> run = new ArrayList<>();
        boolean closed = false; // a conjunction stood before the run's last item
        int t = 0;
        while (t < tokens.size()) {
            Item item = item(s, t, inSentence);
            if (item == null) {
                settle(s, run, closed, added);
                run.clear();
                closed = false;
                t++;
                continue;
            }
            run.add(item);
            int after = item.to();
            int sep = separator(tokens, after);
            if (sep == 0) { // the list ends here
                settle(s, run, closed, added);
                run.clear();
                closed = false;
                t = after;
                continue;
            }
            closed = CONJUNCTIONS.contains(tokens.get(after + sep - 1).text());
            if (closed) { // the item after the conjunction closes the list
                Item lastItem = after + sep < tokens.size() ? item(s, after + sep, inSentence) : null;
                if (lastItem != null) run.add(lastItem);
                settle(s, run, lastItem != null, added);
                run.clear();
                closed = false;
                t = lastItem != null ? lastItem.to() : after + sep;
                continue;
            }
            t = after + sep;
        }
        settle(s, run, closed, added);
    }

    /** Tokens a separator takes at {@code at}: a comma, a conjunction, or a comma then a conjunction; 0 when none. */
    private static int separator(List<Token> tokens, int at) {
        if (at >= tokens.size()) return 0;
        String first = tokens.get(at).text();
        if (CONJUNCTIONS.contains(first)) return 1;
        if (!first.equals(",")) return 0;
        return at + 1 < tokens.size() && CONJUNCTIONS.contains(tokens.get(at + 1).text()) ? 2 : 1;
    }

    /**
     * The item starting at token {@code t}: a found name starting there, or one capitalised word found in no name, its
     * parts joined by hyphens as written ({@code Go-Jek}, which the tokenizer cuts at the hyphen).
     */
    private Item item(Sentence s, int t, List<Found> inSentence) {
        List<Token> tokens = s.tokens();
        Token token = tokens.get(t);
        int last = t;
        while (last + 2 < tokens.size() && isHyphen(tokens.get(last + 1)) && tokens.get(last + 1).start() == tokens.get(last).end()
                && tokens.get(last + 2).start() == tokens.get(last + 1).end()) {
            last += 2;
        }
        for (Found f : inSentence) {
            if (f.start() == token.start()) {
                int end = s.tokenEndingAt(f.end());
                return end < t ? null : new Item(t, end + 1, f.type());
            }
            if (f.start() < tokens.get(last).end() && token.start() < f.end()) return null;
        }
        if (t == 0 || capitalised(tokens.get(t - 1)) || isHyphen(tokens.get(t - 1))
                || last + 1 < tokens.size() && capitalised(tokens.get(last + 1))) {
            return null;
        }
        // the parts' shapes first: most tokens are no capitalised word, and are ruled out without a lookup
        for (int part = t; part <= last; part += 2) if (!shapedAsName(tokens.get(part).text())) return null;
        if (model.seenInLowerCase(s.tokensText(t, last + 1))) return null;
        for (int part = t; part <= last; part += 2) if (lexicon.titleOrHeadWord(tokens.get(part).text())) return null;
        return new Item(t, last + 1, null);
    }

    /**
     * Whether item {@code i} is written in capitals ({@code BRICS}): initials of a place are listed and found already,
     * so initials the tagger missed in a list of places name a bloc or a body rather than a place.
     */
    private static boolean shouted(Sentence s, Item i) {
        return s.tokens().subList(i.from(), i.to()).stream().allMatch(t -> !t.isWord() || t.isAllCaps());
    }

    private static boolean isHyphen(Token token) {
        return token.text().equals("-");
    }

    /** Whether {@code token} may run on a name: a capitalised word or a number ({@code Blue Bird}, {@code Sulut 2}). */
    private static boolean capitalised(Token token) {
        char c = token.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /**
     * Whether one word, or one part of a hyphenated one ({@code Go} of {@code Go-Jek}), is written as a name: a capital,
     * then letters; {@link #item} also asks that it be no title or head word, and that the whole word be none the news
     * writes in lower case.
     */
    private static boolean shapedAsName(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) return false;
        for (int c = 1; c < word.length(); c++) {
            if (!Character.isLetter(word.charAt(c)) && word.charAt(c) != '-') return false;
        }
        return true;
    }

    /** How a person's name retyped as a place of a list of places is marked while the lists are read. */
    private static final String PLACE_AMONG_PLACES = "list-place";

    private static Found placeAt(Found f) {
        return new Found(f.start(), f.end(), EntityType.PLACE, PLACE_AMONG_PLACES);
    }

    /**
     * Names the items of a closed list the tagger missed, when it found enough of the others, all of one type; and
     * marks the one person of one word in a list of places ({@link #PLACE_AMONG_PLACES}).
     */
    private static void settle(Sentence s, List<Item> run, boolean closed, List<Found> added) {
        if (!closed || run.size() <= LEAST_FOUND) return;
        Item person = personAmongPlaces(run);
        if (person != null) {
            List<Token> tokens = s.tokens();
            added.add(new Found(tokens.get(person.from()).start(), tokens.get(person.to() - 1).end(), EntityType.PLACE,
                    PLACE_AMONG_PLACES));
            return;
        }
        EntityType type = null;
        int typed = 0;
        for (Item i : run) {
            if (i.type() == null) continue;
            if (type != null && type != i.type()) return;
            type = i.type();
            typed++;
        }
        if (typed < LEAST_FOUND || typed == run.size()) return;
        List<Token> tokens = s.tokens();
        for (Item i : run) {
            if (i.type() == null && !(type == EntityType.PLACE && shouted(s, i))) added.add(new Found(tokens.get(i.from()).start(), tokens.get(i.to() - 1).end(), type, "list"));
        }
    }

    /** The one item of one word found as a person's in {@code run}, when every other is a place and there are enough. */
    private static Item personAmongPlaces(List<Item> run) {
        Item person = null;
        int places = 0;
        for (Item i : run) {
            if (i.type() == EntityType.PLACE) places++;
            else if (i.type() == EntityType.PERSON && person == null && i.to() - i.from() == 1) person = i;
            else return null;
        }
        return person != null && places >= LEAST_PLACES ? person : null;
    }
}
