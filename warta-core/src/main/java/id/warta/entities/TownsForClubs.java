package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bek Bournemouth}, {@code mantan penyerang Santos}, {@code bermain untuk Como}: football news names a club by
 * its town, and after a player's position or a verb of playing for a side the town is the club, an organisation as
 * gold-dev's guide counts clubs. A foreign town the gazetteers know, found as a place or not found at all, after such a
 * cue is the club, and so is every other mention of it in the article unless one sits after a word that makes it a
 * place ({@code di Como}). Not a country ({@code kiper Thailand}: a country as an attribute stays a place, as the guide
 * counts {@code rider Spanyol}) nor an Indonesian region ({@code pelatih Kabupaten Jember}: a regional squad); only in a
 * story about football.
 */
final class TownsForClubs {
    /** A position on the pitch, a player or coach, or a verb of playing for or joining a side, right before a name. */
    private static final String CUE_WORDS = "(?i:bek|penyerang|gelandang|kiper|striker|winger|bomber|penjaga gawang"
            + "|pemain|pelatih|juru taktik|bermain (?:untuk|bersama)|membela|memperkuat|bergabung (?:dengan|bersama))";
    private static final Pattern CUE = Pattern.compile("(?<!\\p{L})" + CUE_WORDS + "$");
    /** A cue, then one capitalised word, perhaps two: a town the tagger missed ({@code bek Bournemouth,}). */
    private static final Pattern CUE_THEN_NAME = Pattern.compile("(?<!\\p{L})" + CUE_WORDS
            + " (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])");
    /** How far before a name the cue is looked for. */
    private static final int REACH = 24;
    /** Words that make the name after them a place, the town itself ({@code di Como}, {@code kota Como}). */
    private static final Set<String> TOWN_WORDS = Set.of("di", "kota", "sekitar", "dekat", "kawasan", "wilayah", "pusat");

    /**
     * Words only a football story writes: elsewhere {@code pemain} is an actor's or a gamer's ({@code pemain Hong Kong}).
     * Each a whole word, in any ASCII case; looked for by {@link #aboutFootball}, not by a pattern, which tried its
     * look-behind at every character of every text (a percent of the whole analysis).
     */
    private static final String[] FOOTBALL_WORDS = {"klub", "sepak bola", "sepakbola", "gol"};

    private final Places places;
    private final Predicate<String> commonWord;

    /** {@code commonWord} tells a word written in lower case as often as not ({@code pemain Ganda putra}: no town). */
    TownsForClubs(Places places, Predicate<String> commonWord) {
        this.places = places;
        this.commonWord = commonWord;
    }

    /** Retypes, in place, the towns {@code found} (in text order, disjoint) that name clubs; adds the ones missed. */
    void retype(String text, List<Found> found) {
        if (!aboutFootball(text)) return;
        Set<String> clubs = new HashSet<>();
        List<Found> missed = new ArrayList<>();
        for (Found f : found) {
            if (f.type() == EntityType.PLACE && afterCue(text, f.start()) && foreignTown(f.textIn(text))) clubs.add(f.textIn(text));
        }
        Matcher m = CUE_THEN_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!foreignTown(name) || commonWord.test(name.split(" ")[0]) || Surroundings.typeCovering(m.start(1), m.end(1), found) != null) continue;
            clubs.add(name);
            missed.add(new Found(m.start(1), m.end(1), EntityType.ORGANIZATION, "context"));
        }
        if (clubs.isEmpty()) return;
        for (Found f : found) {
            if (clubs.contains(f.textIn(text)) && townWordBefore(text, f.start())) clubs.remove(f.textIn(text));
        }
        found.replaceAll(f -> f.type() == EntityType.PLACE && clubs.contains(f.textIn(text))
                ? new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()) : f);
        for (Found club : missed) if (clubs.contains(club.textIn(text))) found.add(club);
        found.sort((a, b) -> a.start() - b.start());
    }

    /** Whether one of {@link #FOOTBALL_WORDS} stands in {@code text}, no letter touching it either side. */
    static boolean aboutFootball(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = (char) (text.charAt(i) | 0x20); // the word's first letter, either case: 'k' for 'k' and 'K' alone
            if (c != 'k' && c != 's' && c != 'g' || i > 0 && Character.isLetter(text.charAt(i - 1))) continue;
            for (String word : FOOTBALL_WORDS) {
                int end = i + word.length();
                if (word.charAt(0) == c && end <= n && text.regionMatches(true, i, word, 0, word.length())
                        && (end == n || !Character.isLetter(text.codePointAt(end)))) return true;
            }
        }
        return false;
    }

    private static boolean afterCue(String text, int start) {
        int from = Math.max(0, start - REACH);
        String before = text.substring(from, start);
        if (!before.endsWith(" ") || before.indexOf('\n') >= 0) return false;
        return CUE.matcher(before.substring(0, before.length() - 1)).find();
    }

    /** Whether {@code name} is a town abroad: known to the gazetteers, no country, no Indonesian region. */
    private boolean foreignTown(String name) {
        return places.namesTownOrLarger(name) && places.countryCode(name) == null && !places.namesRegion(name)
                && EntityLexicon.INSTANCE.listed(name) == null;
    }

    private static boolean townWordBefore(String text, int start) {
        return TOWN_WORDS.contains(Surroundings.wordBefore(text, start).toLowerCase(Locale.ROOT));
    }
}
