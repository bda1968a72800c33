package id.warta.entities;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lower-case cue words a pass looks for at every token of a text ({@code dikutip}, {@code jurnal}): a token whose first
 * character lowers to none of their first letters is turned away before it is lowered whole, as most are
 * ({@code toLowerCase} lowers a word's first character as {@link Character#toLowerCase(char)} does).
 */
final class CueWords {
    private final Set<String> words;
    private final String firsts;

    CueWords(Set<String> words) {
        this.words = Set.copyOf(words);
        this.firsts = words.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
    }

    /** Whether {@code word}, in any case, is one of the cue words. */
    boolean has(String word) {
        return !word.isEmpty() && firsts.indexOf(Character.toLowerCase(word.charAt(0))) >= 0
                && words.contains(word.toLowerCase(Locale.ROOT));
    }
}
