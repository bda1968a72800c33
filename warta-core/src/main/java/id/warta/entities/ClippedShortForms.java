package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A body's short form clipped from the openings of its full name's words ({@code Undip} of {@code Universitas
 * Diponegoro}, {@code Apindo} of {@code Asosiasi Pengusaha Indonesia}, {@code Bulog} of {@code Badan Urusan
 * Logistik}, {@code NEJM} of {@code New England Journal of Medicine}), in an article that names the body both ways
 * and never brackets the one after the other: one body. Every word of the full name gives the short form its
 * opening letters, in order, but its function words ({@code of}, {@code dan}), which may give theirs or none; a
 * short form that opens the full name read without its spaces is its first word or its opening ({@code Samsung}
 * beside {@code Samsung Galaxy}, another pass's concern).
 */
final class ClippedShortForms {
    /** Words a full name may hold that give its short form no letter, beside {@link Initials#uninitialled}'s. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("of", "and", "for", "the", "on", "in", "at", "de");
    private static final int SHORTEST = 3;
    private static final int LONGEST = 8;

    private ClippedShortForms() {
    }

    /**
     * Joins each group of one short word that clips exactly one organisation's name of two words or more into it;
     * {@code isOrganisation} tells the groups' types. A short word an alias list or a bracket already read
     * (a canonical name) is left.
     */
    static void merge(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> isOrganisation) {
        for (String shortKey : new ArrayList<>(groups.keySet())) {
            List<Assigned> group = groups.get(shortKey);
            if (group == null || !shortWord(shortKey) || !isOrganisation.test(group)) continue;
            if (group.stream().anyMatch(a -> a.canonical() != null || !Character.isUpperCase(a.text().charAt(0)))) continue;
            String full = null;
            for (String k : groups.keySet()) {
                if (k.indexOf(' ') < 0 || k.charAt(0) != shortKey.charAt(0) || !clips(shortKey, k.split(" "))) continue;
                if (full != null) {
                    full = null;
                    break; // two bodies it could clip: neither
                }
                full = k;
            }
            if (full == null || !isOrganisation.test(groups.get(full)) || extendsOneWordName(shortKey, groups.get(full))) continue;
            GroupMerges.merge(groups, shortKey, full);
        }
    }

    /**
     * Whether the body is also written as one word that {@code shortKey} opens with and goes on after ({@code Persiba}
     * beside {@code Persib}, written out Persib Bandung): a longer name built on the body's own short one is another
     * body's (a club of another town), no clipping of its full name.
     */
    private static boolean extendsOneWordName(String shortKey, List<Assigned> full) {
        for (Assigned a : full) {
            String w = EntityKeys.of(a.text());
            if (w.indexOf(' ') < 0 && w.length() < shortKey.length() && shortKey.startsWith(w)) return true;
        }
        return false;
    }

    /** Whether {@code key} is one word of {@link #SHORTEST} to {@link #LONGEST} letters. */
    private static boolean shortWord(String key) {
        if (key.length() < SHORTEST || key.length() > LONGEST) return false;
        for (int i = 0; i < key.length(); i++) if (!Character.isLetter(key.charAt(i))) return false;
        return true;
    }

    /**
     * Whether {@code shortForm} is clipped from {@code words} (both in lower case) and is not their opening read
     * across the spaces ({@code samsung} is not clipped from {@code samsung galaxy}, nor {@code ccbi} from {@code ccb
     * indonesia}).
     */
    static boolean clips(String shortForm, String[] words) {
        if (String.join("", words).startsWith(shortForm)) return false;
        String first = words[0];
        for (int end = 1; end <= Math.min(first.length(), shortForm.length() - 1); end++) {
            if (first.charAt(end - 1) != shortForm.charAt(end - 1)) return false;
            if (clipsFrom(shortForm, end, words, 1)) return true;
        }
        return false;
    }

    /** Whether {@code shortForm} from {@code at} on is clipped from {@code words} from {@code word} on. */
    private static boolean clipsFrom(String shortForm, int at, String[] words, int word) {
        if (word == words.length) return at == shortForm.length();
        String w = words[word];
        if (functionWord(w) && clipsFrom(shortForm, at, words, word + 1)) return true;
        for (int end = at + 1; end <= shortForm.length() && end - at <= w.length(); end++) {
            if (w.charAt(end - at - 1) != shortForm.charAt(end - 1)) return false;
            if (clipsFrom(shortForm, end, words, word + 1)) return true;
        }
        return false;
    }

    private static boolean functionWord(String w) {
        return Initials.uninitialled(w) || ENGLISH_FUNCTION_WORDS.contains(w);
    }
}
