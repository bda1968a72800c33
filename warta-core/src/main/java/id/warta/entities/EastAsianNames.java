package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Sim Yu Jin}, {@code Oh Ei Sun}, {@code Park Ji-sung}: a listed East-Asian family name, then a given name of
 * two romanised syllables (two capitalised words, or two joined by a hyphen), is one person, which the tagger often
 * misses, cuts ({@code Ei Sun}) or takes for a body. Each given syllable is an onset, one to three vowels and a coda
 * as pinyin, Wade-Giles, Korean, Hokkien and Vietnamese write them ({@code Jin}, {@code Hyeok}, {@code Zii}), and no
 * word news writes in lower case ({@code Oh Ya}). Not when a capitalised word goes on right after (an event or a
 * longer name: {@code Hong Kong Open}, {@code Ha Phu Thanh Hoa}), when two of the words name a place ({@code Hong
 * Kong}, {@code Ho Chi Minh}), in a headline's Title Case, or when a name found already runs past the words
 * ({@code Wesley Koh Eng Kiet}): that name stands.
 */
final class EastAsianNames {
    /** How the names this finds were found. */
    static final String VIA = "east-asian name";
    private static final Set<String> FAMILY_NAMES = Set.copyOf(Lexicon.lines(EastAsianNames.class, "east-asian-family-names.tsv"));
    private static final String SYLLABLE =
            "(?:ch|sh|zh|ts|tz|hs|ng|ph|th|tr|kh|gi|nh|qu|[bcdfghjklmnpqrstvwxyz])?[yw]?[aeiouy]{1,3}(?:ng|nh|ch|[nmkptrhlcw])?";
    private static final Pattern GIVEN = Pattern.compile(SYLLABLE, Pattern.CASE_INSENSITIVE);
    private static final int LONGEST_SYLLABLE = 6;
    private static final int LONGEST_FAMILY_NAME = FAMILY_NAMES.stream().mapToInt(String::length).max().orElse(0);
    /** The family name, then two capitalised words or a hyphened pair; checked word by word below. */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’.-])(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}*)(?: (\\p{Lu}\\p{Ll}*)|-(\\p{L}\\p{Ll}*))(?![\\p{L}\\p{N}'’-])");

    private final Predicate<String> commonWord;
    private final Predicate<String> place;

    /** {@code commonWord}: news writes the word in lower case; {@code place}: the words name a place. */
    EastAsianNames(Predicate<String> commonWord, Predicate<String> place) {
        this.commonWord = commonWord;
        this.place = place;
    }

    /** Adds to {@code found} each such person the names found leave unfound or cut, in place of those inside it. */
    void find(List<Sentence> sentences, List<Found> found) {
        for (Sentence s : sentences) {
            if (!s.cased()) continue;
            String text = s.text();
            Matcher m = RUN.matcher(text).useTransparentBounds(true);
            // the pattern is tried only where a listed family name opens a word: most capitalised runs open none
            for (int at = s.start(); at < s.end(); at++) {
                if (!FAMILY_NAMES.contains(familyWordAt(text, at, s.end())) || !m.region(at, s.end()).lookingAt()) continue;
                int start = m.start(), end = m.end();
                String first = m.group(2), second = m.group(3) != null ? m.group(3) : m.group(4);
                if (end + 1 < s.end() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                        || !syllable(first) || !syllable(second) || place.test(m.group(1) + " " + first)
                        || place.test(first + " " + second) || place.test(m.group())) {
                    continue; // the next try opens at a later word ("Menurut Sim Yu Jin")
                }
                Found name = new Found(start, end, EntityType.PERSON, VIA);
                if (found.stream().anyMatch(f -> f.overlaps(name) && (f.start() < start || f.end() > end
                        || f.start() == start && f.end() == end && f.type() == EntityType.PERSON))) {
                    continue;
                }
                found.removeIf(name::overlaps);
                found.add(name);
                at = end - 1;
            }
        }
        found.sort((a, b) -> a.start() - b.start());
    }

    /** The capitalised word of letters opening at {@code at} (not inside a word), or "" where none opens. */
    private static String familyWordAt(String text, int at, int end) {
        if (!Character.isUpperCase(text.charAt(at)) || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) return "";
        int k = at + 1;
        while (k < end && k - at <= LONGEST_FAMILY_NAME && Character.isLowerCase(text.charAt(k))) k++;
        return k - at > LONGEST_FAMILY_NAME ? "" : text.substring(at, k);
    }

    private boolean syllable(String word) {
        return word.length() <= LONGEST_SYLLABLE && GIVEN.matcher(word).matches() && !commonWord.test(word);
    }
}
