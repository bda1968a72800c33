package id.warta.quotes;

import id.warta.dates.MonthsAndYears;
import id.warta.dates.Weekdays;
import id.warta.language.SpeechCue;
import id.warta.entities.Contests;
import id.warta.lexicon.Lexicon;
import id.warta.lexicon.WordBits;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word classes of {@code words.tsv} and the speech cues ({@link SpeechCue}): what a word
 * can be when reading who said a quote. Lookups take a word in any case; several-word entries
 * ({@code salah satu}) are looked up joined by one space.
 */
final class Words {
    enum Kind { PRONOUN, DETERMINER, DEFINITE, STOP, ADVERB, CONNECTOR, ROLE, ORG, ORGPART, PLACE, NOUN, REPORT, TITLE, KIN,
        AFTERQUOTE, CLAUSEJOIN, SUBORDINATOR, NAMING, TITLEJOIN, AFFILIATION, QUALIFIER, GROUP, GIVENNAME, AGE }

    private static final Map<String, Set<Kind>> KINDS = loadKinds();
    private static final Map<String, Set<SpeechCue>> CUES = SpeechCue.byWord();
    /** Per word, its classes in the low bits and its cue kinds from bit {@value #CUE_SHIFT} on: one lookup for both. */
    private static final WordBits MASKS = new WordBits(masks());
    /**
     * Each class entry's words up to one of its spaces ({@code salah} of {@code salah satu}): what a word must be for
     * an entry of several words to open with it. Most words open none, and are ruled out without joining two to look up.
     */
    private static final Set<String> OPENINGS = openings();
    static final int CUE_SHIFT = 24;

    private Words() {
    }

    static boolean is(String word, Kind kind) {
        return isKey(key(word), kind);
    }

    /** {@link #is} for a word already in lower case. */
    static boolean isKey(String lower, Kind kind) {
        Set<Kind> kinds = KINDS.get(lower);
        return kinds != null && kinds.contains(kind) || kind == Kind.ORG && Contests.isSeries(lower);
    }

    /** Whether an entry of several words ({@code salah satu}) may open with the lower-case word {@code lower}. */
    static boolean opensSeveral(String lower) {
        return OPENINGS.contains(lower);
    }

    /** Whether {@code word} (or words joined by one space), as written, is a cue of this kind. */
    static boolean isCue(String word, SpeechCue kind) {
        Set<SpeechCue> kinds = CUES.get(key(word));
        return kinds != null && kinds.contains(kind);
    }

    /**
     * The inverted cue {@code word} is, with or without {@code -nya} ({@code kata}, {@code katanya},
     * {@code Ujarnya}), or null.
     */
    static String invertedBase(String word) {
        return SpeechCue.invertedBase(key(word));
    }

    /** Weekdays and months, in lower case: capitalised, but never a name ({@code ujarnya, Kamis}). */
    static boolean isCalendarKey(String lower) {
        return MonthsAndYears.isName(lower) || Weekdays.isName(lower);
    }

    static String key(String word) {
        return Passage.lowerCase(word);
    }

    /** The classes of a lower-case word as a bit mask ({@code 1 << kind.ordinal()}), for passages to keep per token. */
    static int mask(String lower) {
        int mask = MASKS.of(lower);
        // a racing series' or a league's own name (MotoGP) is the entity layer's: a competition, never a person's,
        // so no description of a rider points back to it
        return Contests.isSeries(lower) ? mask | 1 << Kind.ORG.ordinal() : mask;
    }

    private static Map<String, Integer> masks() {
        assert Kind.values().length <= CUE_SHIFT && CUE_SHIFT + SpeechCue.values().length <= Integer.SIZE;
        Map<String, Integer> map = new java.util.HashMap<>();
        KINDS.forEach((word, kinds) -> map.merge(word, kinds.stream().mapToInt(k -> 1 << k.ordinal()).sum(), (a, b) -> a | b));
        CUES.forEach((word, cues) -> map.merge(word, cues.stream().mapToInt(c -> 1 << (CUE_SHIFT + c.ordinal())).sum(),
                (a, b) -> a | b));
        return map;
    }

    private static Set<String> openings() {
        Set<String> openings = new java.util.HashSet<>();
        for (String entry : KINDS.keySet()) {
            for (int space = entry.indexOf(' '); space >= 0; space = entry.indexOf(' ', space + 1)) openings.add(entry.substring(0, space));
        }
        return Set.copyOf(openings);
    }

    private static Map<String, Set<Kind>> loadKinds() {
        Map<String, Set<Kind>> map = new HashMap<>();
        for (String[] row : Lexicon.rows(Words.class, "words.tsv")) {
            map.computeIfAbsent(row[0], k -> EnumSet.noneOf(Kind.class)).add(Kind.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(map);
    }

}
