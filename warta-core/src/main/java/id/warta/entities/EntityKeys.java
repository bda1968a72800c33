package id.warta.entities;

import java.util.Locale;
import java.util.Set;

/** The key under which the names of one entity group: its words in lower case, legal-form words and a club suffix left out. */
final class EntityKeys {
    /** A football club's suffixes, which a later mention drops ({@code Dewa United FC}, then {@code Dewa United}). */
    private static final Set<String> CLUB_WORDS = Set.of("fc", "cf", "sc");

    private EntityKeys() {
    }

    /**
     * The key grouping the names of one entity: the lowercased name's words (runs of letters and
     * numbers, as {@code \p{L}} and {@code \p{N}} read them) one space apart, its legal-form words
     * and a club suffix closing it left out unless nothing else is left. One scan: it runs for every name in every article.
     */
    static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length());
        StringBuilder kept = new StringBuilder(lower.length());
        for (int start = wordStart(lower, 0), end; start < lower.length(); start = wordStart(lower, end)) {
            end = wordEnd(lower, start);
            String w = lower.substring(start, end);
            if (!plain.isEmpty()) plain.append(' ');
            plain.append(w);
            if (LegalForms.isWord(w)) continue; // "Bank Mandiri" is "PT Bank Mandiri Tbk"
            if (!kept.isEmpty()) kept.append(' ');
            kept.append(w);
        }
        String key = (kept.isEmpty() ? plain : kept).toString();
        int lastSpace = key.lastIndexOf(' ');
        return lastSpace > 0 && CLUB_WORDS.contains(key.substring(lastSpace + 1)) ? key.substring(0, lastSpace) : key;
    }

    private static final int WORD_CHAR_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** Whether {@code codePoint} is a letter or a number as a pattern's {@code [\p{L}\p{N}]} reads it. */
    private static boolean isWordChar(int codePoint) {
        return (WORD_CHAR_TYPES >> Character.getType(codePoint) & 1) != 0;
    }

    /** Where the next word of {@link #of} (a run of letters and numbers) at or after {@code from} opens, or {@code s.length()}. */
    static int wordStart(String s, int from) {
        int i = from;
        while (i < s.length() && !isWordChar(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        return i;
    }

    /** Where the word of {@link #of} opening at {@code start} ends. */
    static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length() && isWordChar(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        return i;
    }
}
