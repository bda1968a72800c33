package id.warta.quotes;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.quotes.Words.Kind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * {@code Kepala Departemen Komunikasi BI Agusman}, {@code Direktur PT Pegadaian Selfie Dewiyanti}: the tagger may run
 * a title's body and its holder's name into one organisation's name. The name splits so when its last words are a
 * person's (capitalised, never written in lower case, no role, body or place word, no acronym), one of them is
 * written alone elsewhere, between no other capitalised words ({@code kata Agusman}; not {@code Commuter Line}),
 * and the words before them end on a body's name the article tags elsewhere, more than a body's head word
 * ({@code BI}, {@code PT Pegadaian}; not {@code Partai}, which {@code Partai Golkar} would split at). {@link People}
 * then reads such a body's mention over the holder's name ({@code ujar Agusman}) as the person.
 */
final class MergedHolders {
    /** A holder's name run into a body's by the tagger has at most this many words. */
    private static final int MAX_MERGED_HOLDER_WORDS = 3;

    /** Whether the span {@code [start, end)} of the article's body lies inside a body's or place's name starting before it. */
    @FunctionalInterface
    interface InsideName {
        boolean test(int start, int end);
    }

    /** The article's body, which the entity mentions index. */
    private final String text;
    private final InsideName insideBodyOrPlaceName;

    private MergedHolders(String text, InsideName insideBodyOrPlaceName) {
        this.text = text;
        this.insideBodyOrPlaceName = insideBodyOrPlaceName;
    }

    /**
     * The person's name each organisation's entity runs into, by that entity's name in lower case
     * ({@code bi agusman} → {@code Agusman}).
     */
    static Map<String, String> read(String text, List<Entity> entities, InsideName insideBodyOrPlaceName) {
        return new MergedHolders(text, insideBodyOrPlaceName).read(entities);
    }

    private Map<String, String> read(List<Entity> entities) {
        Map<String, String> mergedHolders = new HashMap<>();
        Set<String> bodies = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) for (Mention m : e.mentions()) bodies.add(Words.key(m.text()));
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            for (Mention m : e.mentions()) {
                String holder = mergedHolder(m.text().split(" "), bodies);
                if (holder != null) {
                    mergedHolders.putIfAbsent(Words.key(e.name()), holder);
                    break;
                }
            }
        }
        return mergedHolders;
    }

    /** The person's name that {@code words} end on after a body's name, as {@link #read} splits; else null. */
    private String mergedHolder(String[] words, Set<String> bodies) {
        for (int b = Math.max(1, words.length - MAX_MERGED_HOLDER_WORDS); b < words.length; b++) {
            boolean personal = true, alone = false;
            for (int i = b; personal && i < words.length; i++) { // one word no person's fails this cut
                personal &= NameWords.mayBePersons(words[i]) && Passage.indexOfWord(text, Words.key(words[i]), 0) < 0;
                alone |= personal && writtenAloneAsName(words[i]);
            }
            if (personal && alone && endsOnBody(words, b, bodies)) {
                return String.join(" ", Arrays.copyOfRange(words, b, words.length));
            }
        }
        return null;
    }

    /** Whether {@code word} stands somewhere outside every body's or place's name with no capitalised word beside it. */
    private boolean writtenAloneAsName(String word) {
        return writtenAlone(text, word, insideBodyOrPlaceName, at -> !capitalBeside(word, at));
    }

    /**
     * Whether {@code word} stands somewhere in {@code text} outside every body's or place's name ({@code kata Agusman}
     * after {@code BI Agusman}): then it is someone's name.
     */
    static boolean writtenAlone(String text, String word, InsideName insideBodyOrPlaceName) {
        return writtenAlone(text, word, insideBodyOrPlaceName, at -> true);
    }

    /** Whether {@code word} stands somewhere in {@code text} outside every body's or place's name where {@code alone} holds of its offset. */
    private static boolean writtenAlone(String text, String word, InsideName insideBodyOrPlaceName, IntPredicate alone) {
        for (int at = Passage.indexOfWord(text, word, 0); at >= 0; at = Passage.indexOfWord(text, word, at + 1)) {
            if (!insideBodyOrPlaceName.test(at, at + word.length()) && alone.test(at)) return true;
        }
        return false;
    }

    /** Whether a capitalised word stands right before or after {@code word} at {@code at}: a word of a longer name. */
    private boolean capitalBeside(String word, int at) {
        int after = at + word.length();
        while (after < text.length() && text.charAt(after) == ' ') after++;
        int before = at - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        int wordStart = before;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
        boolean capitalAfter = after < text.length() && Character.isUpperCase(text.charAt(after));
        boolean capitalBefore = before >= 0 && Character.isLetter(text.charAt(before)) && Character.isUpperCase(text.charAt(wordStart));
        return capitalAfter || capitalBefore;
    }

    /** Whether {@code words} before {@code b} end on a body's name in {@code bodies} holding more than a head word. */
    private static boolean endsOnBody(String[] words, int b, Set<String> bodies) {
        boolean named = false;
        for (int s = b - 1; s >= 0; s--) {
            named |= !Words.is(words[s], Kind.ORG);
            if (named && bodies.contains(Words.key(String.join(" ", Arrays.copyOfRange(words, s, b))))) return true;
        }
        return false;
    }
}
