package id.warta.entities;

import id.warta.extract.Outlets;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code dikutip dari detikHot}, {@code dilansir detikKalimantan}: a portal written in lower case
 * ({@code outlets.tsv}: {@code detik}) runs its desks' names into its own, a capital after it. Such a word is an
 * organisation, the outlet's desk, whether the outlets list knows the desk or not, whatever the tagger made of it (a
 * place after {@code dari}) or when it missed it. A desk named for a time of day ({@code detikSore}, {@code detikPagi})
 * is a programme, which names no one.
 */
final class OutletDesks {
    /** The fewest letters of an outlet's name a desk's is run into. */
    private static final int SHORTEST_OUTLET = 3;
    /** An outlet's lower-case name, then a desk's capitalised name run on. */
    private static final Pattern DESK = Pattern.compile("(?:" + Outlets.writtenForms().stream()
            .filter(f -> f.length() >= SHORTEST_OUTLET && f.chars().allMatch(c -> c >= 'a' && c <= 'z'))
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\p{Lu}\\p{L}+");

    /** The times of day a portal's programmes are named for ({@code programme-times.tsv}). */
    private static final Set<String> PROGRAMMES = Set.copyOf(Lexicon.lines(OutletDesks.class, "programme-times.tsv"));

    private OutletDesks() {
    }

    /** Whether {@code word} is a portal's programme named for a time of day. */
    private static boolean programme(String word) {
        for (String time : PROGRAMMES) if (word.endsWith(time) && word.length() > time.length()
                && Character.isLowerCase(word.charAt(word.length() - time.length() - 1))) return true;
        return false;
    }

    /** Whether {@code word} has a capital (or half of a character outside the BMP) where a desk's name may open. */
    private static boolean capitalAfterOutlet(String word) {
        for (int i = SHORTEST_OUTLET; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) || Character.isSurrogate(word.charAt(i))) return true;
        }
        return false;
    }

    /** Types the desks {@code found} holds as organisations and adds those it misses. */
    static void find(List<Sentence> sentences, List<Found> found) {
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                String word = t.text();
                if (!Character.isLowerCase(word.charAt(0)) || !capitalAfterOutlet(word) || !DESK.matcher(word).matches()
                        || programme(word)) continue;
                Found desk = new Found(t.start(), t.end(), EntityType.ORGANIZATION, "alias");
                int same = -1;
                boolean overlaps = false;
                for (int k = 0; k < found.size(); k++) {
                    Found f = found.get(k);
                    if (f.start() == t.start() && f.end() == t.end()) same = k;
                    else if (f.overlaps(desk)) overlaps = true;
                }
                if (same >= 0) found.set(same, desk);
                else if (!overlaps) found.add(desk);
            }
        }
    }
}
