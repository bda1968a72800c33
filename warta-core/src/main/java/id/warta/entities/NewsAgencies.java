package id.warta.entities;

import id.warta.dates.MonthsAndYears;
import id.warta.dates.Weekdays;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code menurut kantor berita Iran, Tasnim,}, {@code kantor berita negara Iran, Fars}, {@code Kantor berita Tasnim
 * melaporkan}: the news agency a report cites, introduced by what it is. The name there is an organisation, which the
 * tagger, seeing a lone capitalised word after a comma, takes for a person or misses; so is the same name elsewhere in
 * the article. Between {@code kantor berita} and the comma only words saying whose agency it is may stand (a country,
 * {@code negara}, {@code resmi}, {@code lainnya}): {@code kantor berita AFP, Kamis} names no agency after the comma.
 * Without a comma the name follows the lower-case {@code kantor berita} right away, a lower-case word or a stop after
 * it; {@code Kantor Berita Antara} capitalised is a name whole and stays as found. A known town, region or country
 * there is whose agency it is, no agency.
 */
final class NewsAgencies {
    /** Words between {@code kantor berita} and the comma that say whose or which agency it is. */
    private static final Set<String> DESCRIBING = Set.of("negara", "resmi", "semi-resmi", "pemerintah", "nasional",
            "milik", "lainnya", "lain", "setempat", "lokal", "swasta", "independen", "yang", "dikelola", "di");
    private static final String NAME = "\\*{0,2}(\\p{Lu}[\\p{L}\\p{N}]*(?: \\p{Lu}[\\p{L}\\p{N}]*){0,2})\\*{0,2}";
    /** The agency named after a description and a comma. */
    private static final Pattern AFTER_COMMA = Pattern.compile(
            "(?<!\\p{L})[Kk]antor [Bb]erita((?: [\\p{L}-]+){1,3}), " + NAME + "(?=[\\s,.;:)])");
    /** The agency named right after the lower-case {@code kantor berita}. */
    private static final Pattern RIGHT_AFTER = Pattern.compile(
            "(?<!\\p{L})[Kk]antor berita (?:(?:negara|resmi|pemerintah) )?" + NAME + "(?= \\p{Ll}| ?[,.;:])");

    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    NewsAgencies(Places places) {
        this.places = places;
    }

    /** Adds or retypes, in {@code found} (kept in text order), the agencies {@code text} introduces, and their other mentions. */
    void find(String text, List<Found> found) {
        // both patterns open with a look-behind the engine would try at every character: most texts name no agency
        if (!text.contains("antor berita") && !text.contains("antor Berita")) return;
        List<Found> agencies = new ArrayList<>();
        Matcher m = AFTER_COMMA.matcher(text);
        while (m.find()) {
            if (describes(m.group(1)) && agency(m.group(2), false)) agencies.add(new Found(m.start(2), m.end(2), EntityType.ORGANIZATION, "context"));
        }
        m = RIGHT_AFTER.matcher(text);
        while (m.find()) {
            int end = withoutTrailingPlaces(m.group(1)) + m.start(1); // "kantor berita Fars Iran melaporkan": Fars
            String name = text.substring(m.start(1), end);
            if (agency(name, true)) agencies.add(new Found(m.start(1), end, EntityType.ORGANIZATION, "context"));
        }
        if (agencies.isEmpty()) return;
        Set<String> names = new HashSet<>();
        for (Found a : agencies) {
            names.add(a.textIn(text));
            // a name found running past the agency's stays ("Kantor Berita Malaysia"); one inside it gives way
            if (found.stream().anyMatch(f -> f.overlaps(a) && (f.start() < a.start() || f.end() > a.end()))) continue;
            found.removeIf(a::overlaps);
            found.add(a);
        }
        found.replaceAll(f -> f.type() != EntityType.ORGANIZATION && names.contains(f.textIn(text))
                ? new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()) : f);
        for (String name : names) { // "laporan Tasnim pada awal Mei": the agency again, which the tagger missed
            Matcher again = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (again.find()) {
                Found f = new Found(again.start(), again.end(), EntityType.ORGANIZATION, "repeat");
                if (found.stream().noneMatch(f::overlaps)) found.add(f);
            }
        }
        found.sort((a, b) -> a.start() - b.start());
    }

    /** Whether each word of {@code words} (each after a space) says whose agency it is: a place or a describing word. */
    private boolean describes(String words) {
        for (String w : words.trim().split(" ")) {
            if (!DESCRIBING.contains(w.toLowerCase(Locale.ROOT)) && places.countryCode(w) == null && !places.namesTownOrLarger(w)) {
                return false;
            }
        }
        return true;
    }

    /** How much of {@code name} is left without the countries and towns closing it, always its first word. */
    private int withoutTrailingPlaces(String name) {
        int end = name.length();
        for (int space = name.lastIndexOf(' '); space > 0; space = name.lastIndexOf(' ', end - 1)) {
            String last = name.substring(space + 1, end);
            if (places.countryCode(last) == null && !places.namesTownOrLarger(last)) break;
            end = space;
        }
        return end;
    }

    /**
     * Whether {@code name} may be an agency's: no country (nor, unless the description set it apart, {@code
     * townsToo}, a town or region), no weekday or month, no title, no listed person or place.
     */
    private boolean agency(String name, boolean townsToo) {
        String first = name.split(" ")[0];
        if (places.countryCode(name) != null || townsToo && places.namesTownOrLarger(name) || Weekdays.isName(first.toLowerCase(Locale.ROOT))
                || MonthsAndYears.isName(first.toLowerCase(Locale.ROOT)) || lexicon.titleOrHeadWord(first)) {
            return false;
        }
        EntityLexicon.Alias listed = lexicon.listed(name);
        return listed == null || listed.type() == EntityType.ORGANIZATION;
    }
}
