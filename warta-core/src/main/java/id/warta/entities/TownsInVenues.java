package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.places.Places;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code di Hotel Claro Makassar}, {@code Stadion Utama Gelora Bung Karno Jakarta}, {@code LP Cipinang Jakarta
 * Timur}: a venue of a kind the news locates by its town ({@code located-venues.tsv}) named with that town last is the
 * venue ({@code Hotel Claro}) in that town, two places. The venue's own name must come between its kind and the town:
 * {@code Stasiun Padang Panjang} and {@code Terminal Industri Medan} are named after their town and stay whole, as do a
 * listed name and a country closing a name.
 */
final class TownsInVenues {
    /** The kinds of venue, by their opening words ({@code located-venues.tsv}), lowercased. */
    private static final List<String> KINDS = Lexicon.lines(TownsInVenues.class, "located-venues.tsv");
    /** Words opening a region's name ({@code Kota Kupang}): the town closing a venue's name with one is written as the region. */
    private static final Set<String> REGION_WORDS = Set.of("provinsi", "kabupaten", "kota", "kecamatan", "kelurahan",
            "desa", "dusun", "daerah", "kepulauan");
    /** Compass words, which close regions' names ({@code Sulawesi Selatan}), not venues'. */
    private static final Set<String> COMPASS = Set.of("utara", "selatan", "barat", "timur", "tenggara", "tengah", "daya");

    private TownsInVenues() {
    }

    /**
     * Cuts the town off each venue's mention in {@code groups} (written out, not listed) and adds it to the town's
     * group: {@code Hotel Claro} stays the venue's, {@code Makassar} becomes a mention of the town.
     */
    static void split(String text, Map<String, List<Assigned>> groups, Places places, Predicate<String> common) {
        List<Assigned> towns = new ArrayList<>();
        for (List<Assigned> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                Assigned a = group.get(i);
                if (a.found().type() != EntityType.PLACE || a.canonical() != null || a.use() != MentionUse.NAME) continue;
                String town = town(a.text(), places, common);
                int townStart = town == null ? -1 : a.found().end() - town.length();
                if (town == null || !text.startsWith(town, townStart) || text.charAt(townStart - 1) != ' ') continue;
                Found venue = new Found(a.found().start(), townStart - 1, EntityType.PLACE, a.found().via());
                group.set(i, new Assigned(venue, venue.textIn(text), a.key(), null, a.listedType(), MentionUse.NAME));
                Found mention = new Found(townStart, a.found().end(), EntityType.PLACE, a.found().via());
                towns.add(new Assigned(mention, town, EntityKeys.of(town), null, EntityType.PLACE, MentionUse.NAME));
            }
        }
        for (Assigned t : towns) groups.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t);
        for (Assigned t : towns) groups.get(t.key()).sort(Assigned.IN_TEXT_ORDER);
    }

    /** The town closing the venue's name {@code name}, or null. */
    private static String town(String name, Places places, Predicate<String> common) {
        String[] words = name.split(" ");
        int kind = kindWords(name);
        if (kind == 0 || words.length < kind + 2 || EntityLexicon.INSTANCE.listed(name) != null) return null;
        String town = closingTown(words, places);
        return town != null && ownNameBefore(words, kind, town, common) ? town : null;
    }

    /** How many words of {@code name} name its kind of venue ({@code Rumah Sakit}: 2), or 0 for none. */
    private static int kindWords(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String kind : KINDS) if (lower.startsWith(kind + " ")) return kind.split(" ").length;
        return 0;
    }

    /**
     * Whether a word between the venue's kind ({@code kind} words) and {@code town} is a name's, none the language
     * writes in lower case: {@code Claro} of {@code Hotel Claro Makassar}, not {@code Industri} of {@code Terminal
     * Industri Medan}.
     */
    private static boolean ownNameBefore(String[] words, int kind, String town, Predicate<String> common) {
        int before = words.length - town.split(" ").length;
        for (int i = kind; i < before; i++) if (!common.test(words[i])) return true;
        return false;
    }

    /**
     * The town of one or two capitalised words closing {@code words} (the longer first), leaving at least two words
     * before it, or null: no country, no compass word alone.
     */
    private static String closingTown(String[] words, Places places) {
        for (int n = 2; n >= 1; n--) {
            if (words.length - n < 2) continue;
            String last = words[words.length - 1];
            if (n == 1 && COMPASS.contains(last.toLowerCase(Locale.ROOT))) continue;
            String town = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            if (!Character.isUpperCase(town.charAt(0)) || !Character.isUpperCase(last.charAt(0))) continue;
            String before = words[words.length - n - 1];
            if (REGION_WORDS.contains(before.toLowerCase(Locale.ROOT))) return null; // "... Kota Kupang"
            if (EntityLexicon.INSTANCE.isOrganisationHead(before)) return null; // "RS Bhayangkara Polda Riau": the unit's town
            if (places.countryCode(town) == null && places.namesRegencyOrLarger(town)) return town;
        }
        return null;
    }
}
