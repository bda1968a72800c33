package id.warta.entities;

import id.warta.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Zodiak Leo dikenal setia}, {@code Pasangan ideal bagi Cancer ...}: the signs of the zodiac, which the tagger
 * reads as people (now and then as places) in horoscope articles. A name that is a sign alone ({@code
 * zodiac-signs.tsv}) names no one in an article that speaks of the zodiac (the word zodiak, horoskop or rasi bintang)
 * or names three signs or more; elsewhere a sign's word stays the name it is ({@code Leo} a shuttler, {@code Gemini}
 * a chatbot).
 */
final class ZodiacSigns {
    private static final Set<String> SIGNS = Set.copyOf(Lexicon.lines(ZodiacSigns.class, "zodiac-signs.tsv"));
    private static final Pattern ZODIAC_WORDS = Pattern.compile("\\b(?:zodiak|zodiac|horoskop|horoscope|rasi bintang)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How many signs an article names for it to be about the zodiac though it never says the word. */
    private static final int SIGNS_OF_A_HOROSCOPE = 3;

    private ZodiacSigns() {
    }

    /** Drops from {@code found} the signs of a horoscope article. */
    static void drop(String text, List<Found> found) {
        Set<String> signs = new HashSet<>();
        for (Found f : found) if (SIGNS.contains(f.textIn(text))) signs.add(f.textIn(text));
        if (signs.isEmpty() || signs.size() < SIGNS_OF_A_HOROSCOPE && !ZODIAC_WORDS.matcher(text).find()) return;
        found.removeIf(f -> SIGNS.contains(f.textIn(text)));
    }
}
