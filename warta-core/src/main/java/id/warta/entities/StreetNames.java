package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code Jalan MH Thamrin}, then {@code Jalan Thamrin}; {@code Jalan Jenderal Sudirman}, then {@code Jalan Sudirman};
 * {@code Jalan Raya Lenteng Agung}, then {@code Jalan Lenteng Agung}: a street named with and without the initials or
 * title of the person it is named for, or the {@code Raya} of a main road, is one street, when one such longer name
 * fits the short one.
 */
final class StreetNames {
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(StreetNames.class, "street-words.tsv");
    /** A street's head word, in a key. */
    private static final Set<String> HEADS = WORDS.get("head");
    /** Words a street's name may go with or without: titles of the person it is named for, a main road's {@code raya}. */
    private static final Set<String> OPTIONAL = WORDS.get("optional");
    /** The most letters a run of a person's initials has ({@code mh}, {@code rs}): a longer word is a name. */
    private static final int INITIALS = 2;

    private StreetNames() {
    }

    /** Joins in {@code groups} each short street name into the one longer name of the street; {@code place} tells a place's group. */
    static void merge(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> place) {
        List<String> streets = new ArrayList<>();
        for (String k : groups.keySet()) {
            int space = k.indexOf(' ');
            if (space > 0 && HEADS.contains(k.substring(0, space)) && place.test(groups.get(k))) streets.add(k);
        }
        if (streets.size() < 2) return;
        Map<String, String[]> words = new HashMap<>(); // each name cut once, not per pair
        for (String k : streets) words.put(k, k.split(" "));
        for (String bare : streets) {
            List<String> fuller = streets.stream().filter(k -> !k.equals(bare) && shortFor(words.get(bare), words.get(k))).toList();
            if (fuller.size() != 1 || !groups.containsKey(bare) || !groups.containsKey(fuller.getFirst())) continue;
            List<Assigned> into = groups.get(fuller.getFirst());
            into.addAll(groups.remove(bare));
            into.sort(Assigned.IN_TEXT_ORDER);
        }
    }

    /** Whether {@code bare} is {@code full} without some of the optional words or initials after the head. */
    static boolean shortFor(String[] bare, String[] full) {
        if (full.length <= bare.length || !bare[0].equals(full[0]) || bare.length < 2) return false;
        int extra = full.length - bare.length;
        String[] tail = Arrays.copyOfRange(full, 1 + extra, full.length);
        if (!Arrays.equals(tail, Arrays.copyOfRange(bare, 1, bare.length))) return false;
        for (int k = 1; k <= extra; k++) if (!OPTIONAL.contains(full[k]) && full[k].length() > INITIALS) return false;
        return true;
    }
}
