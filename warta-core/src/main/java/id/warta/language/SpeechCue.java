package id.warta.language;

import id.warta.lexicon.Lexicon;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What tells, in Indonesian, that someone speaks: the verbs and phrases of {@code cues.tsv}. One list for
 * the quotes layer (who said a quote) and the entities layer (a one-word name standing where only a
 * speaker stands is a person's), so the two read the same verbs.
 */
public enum SpeechCue {
    /** The verb that follows a quote, before or without its speaker ({@code "...," kata X}, {@code ujarnya}). */
    INVERTED,
    /** An active verb of saying whose subject is the speaker ({@code X mengatakan}). */
    VERB,
    /** Words that attribute without a verb ({@code menurut X}). */
    PHRASE,
    /** Something said or written, introducing a quote ({@code X merilis cuitan}). */
    NOUN,
    /** A verb whose object is what was said, the rest of its sentence reported speech ({@code mengatakan bahwa}). */
    REPORT;

    private static final Map<String, Set<SpeechCue>> BY_WORD = load();
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Every cue as listed (lower case; several words joined by one space) with the kinds it is. */
    public static Map<String, Set<SpeechCue>> byWord() {
        return BY_WORD;
    }

    /**
     * The inverted cue {@code lower} (a word in lower case) is, with or without {@code -nya} ({@code kata},
     * {@code katanya}), without it; null when it is none.
     */
    public static String invertedBase(String lower) {
        String base = lower.endsWith("nya") ? lower.substring(0, lower.length() - 3) : lower;
        return is(lower, INVERTED) || lower.endsWith("nya") && is(base, INVERTED) ? base : null;
    }

    /** Whether {@code lower} (a word in lower case) is listed as a cue of {@code kind}. */
    public static boolean is(String lower, SpeechCue kind) {
        Set<SpeechCue> kinds = BY_WORD.get(lower);
        return kinds != null && kinds.contains(kind);
    }

    /** Whether {@code text} holds a speech cue ({@code kata}, {@code dikonfirmasi}) or an inverted one with {@code -nya}. */
    public static boolean anyIn(String text) {
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (BY_WORD.containsKey(w) || invertedBase(w) != null) return true;
        }
        return false;
    }

    private static Map<String, Set<SpeechCue>> load() {
        Map<String, Set<SpeechCue>> map = new HashMap<>();
        for (String[] row : Lexicon.rows(SpeechCue.class, "cues.tsv")) {
            map.computeIfAbsent(row[0], k -> EnumSet.noneOf(SpeechCue.class)).add(valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        map.replaceAll((word, kinds) -> Collections.unmodifiableSet(kinds));
        return Map.copyOf(map);
    }
}
