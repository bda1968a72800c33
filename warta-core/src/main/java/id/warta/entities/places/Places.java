package id.warta.entities.places;

import id.warta.model.PlaceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Resolves place names to gazetteer entries: countries to ISO 3166 codes, Indonesian regions
 * to their Home Affairs (Kemendagri) code and level with coordinates where known, world
 * cities to GeoNames ids. Many Indonesian villages share a name, so the places of an article
 * are resolved together: a name that pins a region down (a province, a regency) makes the
 * ambiguous ones inside it likelier, and {@code confidence} says how sure the choice is.
 * Loaded once from the tables beside this class ({@link PlaceTables} builds them).
 */
public final class Places {
    /** Indonesia's ISO 3166 code, as {@link #countryCode} gives it. */
    public static final String INDONESIA = "ID";
    /** Confidence in a curated alias ({@code Solo} → Kota Surakarta): usually, not always, meant. */
    static final double ALIAS_CONFIDENCE = 0.9;
    /** Confidence kept when a lower-level region shares the chosen one's name. */
    static final double SHADOWED = 0.8;
    private static final Pattern GENERIC = Pattern.compile("^(?:wilayah|kawasan|daerah|region|negara|negeri|kota|provinsi|kabupaten|pulau) ");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final String[] LEVELS = {"", "province", "regency", "district", "village"};
    /** Depths of the Kemendagri tables, indices into {@link #LEVELS}. */
    private static final int PROVINCE = 1, REGENCY = 2, DISTRICT = 3, VILLAGE = 4;

    private record Region(String code, int level, String name, Double latitude, Double longitude) {
    }

    private record City(String geonameId, String name, String iso) {
    }

    private final Map<String, String> countries = new HashMap<>();
    /**
     * A country's English name Indonesian news does not write (no alias), sharing no word with its Indonesian name and
     * more than a letter from it → that name ({@code singapore}: Singapura; not {@code brazil}, Brasil).
     */
    private final Map<String, String> indonesianForEnglish = new HashMap<>();
    private final Map<String, String> regionAliases = new HashMap<>();
    private final Map<String, String> cityAliases = new HashMap<>();
    private final Map<String, Region> regionsByCode = new HashMap<>();
    private final Map<String, List<Region>> regions = new HashMap<>();
    private final Map<String, List<City>> cities = new HashMap<>();
    /**
     * The keys {@link #namesTownOrLarger} holds true, made once from the tables above: it is asked of most names and
     * words the rules look at, and one lookup here replaces its five in as many tables.
     */
    private final Set<String> townsOrLarger = new HashSet<>();

    private static final class Holder {
        static final Places SHIPPED = new Places();
    }

    public static Places shipped() {
        return Holder.SHIPPED;
    }

    private Places() {
        lines(PlaceTables.COUNTRIES, false, c -> {
            countries.put(key(c[1]), c[0]);
            countries.put(key(c[2]), c[0]);
            // only a name of other words: "Bosnia Herzegovina" is the Indonesian name written without its "dan", and
            // "Brazil", "Chile", "Kazakhstan", a letter from the Indonesian spelling, are written by the news as its own
            String english = key(c[2]), indonesian = key(c[1]);
            if (Collections.disjoint(List.of(english.split(" ")), List.of(indonesian.split(" ")))
                    && !oneEditApart(english, indonesian)) {
                indonesianForEnglish.put(english, c[1]);
            }
        });
        lines(PlaceTables.REGIONS, true, c -> {
            Region r = new Region(c[0], Integer.parseInt(c[1]), c[2], number(c, 3), number(c, 4));
            regionsByCode.put(r.code(), r);
            for (String k : regionKeys(r)) regions.computeIfAbsent(k, x -> new ArrayList<>(1)).add(r);
        });
        lines(PlaceTables.CITIES, true, c -> cities.computeIfAbsent(key(c[1]), x -> new ArrayList<>(1))
                .add(new City(c[0], c[1], c[2])));
        lines("place-aliases.tsv", false, c -> {
            String[] target = c[1].split(":", 2);
            switch (target[0]) {
                case "iso3166" -> {
                    countries.put(key(c[0]), target[1]);
                    indonesianForEnglish.remove(key(c[0])); // "China": English, and Indonesian news writes it too
                }
                case "geonames" -> cityAliases.put(key(c[0]), target[1]);
                default -> regionAliases.put(key(c[0]), target[1]);
            }
        });
        townsOrLarger.addAll(countries.keySet());
        townsOrLarger.addAll(regionAliases.keySet());
        townsOrLarger.addAll(cityAliases.keySet());
        townsOrLarger.addAll(cities.keySet());
        regions.forEach((k, rs) -> {
            if (rs.stream().anyMatch(r -> r.level() <= DISTRICT)) townsOrLarger.add(k);
        });
    }

    private static Double number(String[] cols, int i) {
        return cols.length > i && !cols[i].isBlank() ? Double.valueOf(cols[i]) : null;
    }

    /** A region is found by its name, and by it with or without the prefix of its level. */
    private static List<String> regionKeys(Region r) {
        String name = key(r.name());
        List<String> keys = new ArrayList<>(List.of(name));
        switch (r.level()) {
            case 1 -> keys.add("provinsi " + name);
            case 2 -> {
                String bare = name.replaceFirst("^(kabupaten administrasi|kota administrasi|kabupaten|kota) ", "");
                keys.add(bare);
                if (name.startsWith("kota")) keys.add("kota " + bare);
                else keys.add("kabupaten " + bare);
            }
            case 3 -> keys.add("kecamatan " + name);
            default -> {
                keys.add("desa " + name);
                keys.add("kelurahan " + name);
            }
        }
        return keys;
    }

    /** The Kemendagri region's name without its level word ({@code Bandar Lampung} for 18.71), if the code is known. */
    public Optional<String> regionName(String code) {
        Region r = regionsByCode.get(code);
        return r == null ? Optional.empty() : Optional.of(LEVEL_WORD.matcher(r.name()).replaceFirst(""));
    }

    /** The word for a region's level before its name; compiled once ({@code String.replaceFirst} compiles per call). */
    private static final Pattern LEVEL_WORD = Pattern.compile("^(?:Kota|Kabupaten|Provinsi) ");

    /**
     * Resolves the places of one article: for each, its names (canonical name first, then the
     * forms the article uses), and gives a reference or null where no table knows it.
     */
    public List<PlaceRef> resolve(List<List<String>> places) {
        List<Named> named = places.stream().map(names -> {
            Set<String> k = new LinkedHashSet<>();
            List<String> keys = names.stream().map(Places::key).toList(); // each name's key made once
            k.addAll(keys);
            if (!known(k)) for (String key : keys) k.addAll(variants(key));
            return named(k);
        }).toList();
        Set<String> contextIsos = new HashSet<>();
        Set<String> contextRegions = new HashSet<>();
        for (Named p : named) {
            if (p.iso() != null) {
                contextIsos.add(p.iso());
            } else if (p.alias() != null) {
                contextRegions.add(p.alias().code());
            } else if (p.candidates().size() == 1) {
                contextRegions.add(p.candidates().getFirst().code());
            }
        }
        if (!contextRegions.isEmpty()) contextIsos.add(INDONESIA);
        List<PlaceRef> refs = new ArrayList<>(places.size());
        for (Named p : named) refs.add(resolve(p, contextIsos, contextRegions));
        return refs;
    }

    /**
     * What the tables say of one place's keys, looked up once for both its part in the article's
     * context and its own reference: the country it names, the region it is another name of, the
     * regions it may be (looked up only when it is neither).
     */
    private record Named(Set<String> keys, String iso, Region alias, List<Region> candidates) {
    }

    private Named named(Set<String> keys) {
        String iso = country(keys);
        Region alias = iso == null ? alias(keys) : null;
        return new Named(keys, iso, alias, iso == null && alias == null ? candidates(keys) : List.of());
    }

    private PlaceRef resolve(Named place, Set<String> contextIsos, Set<String> contextRegions) {
        Set<String> keys = place.keys();
        String iso = place.iso();
        if (iso != null) return new PlaceRef("iso3166", iso, "country", null, null, 1.0);
        Region alias = place.alias();
        if (alias != null) return ref(alias, ALIAS_CONFIDENCE);
        for (String k : keys) {
            String id = cityAliases.get(k);
            if (id != null) return new PlaceRef("geonames", id, "city", null, null, ALIAS_CONFIDENCE);
        }
        List<Region> candidates = place.candidates();
        List<City> foreign = cities(keys);
        boolean indonesian = contextIsos.contains(INDONESIA) || contextIsos.isEmpty();
        if (!candidates.isEmpty()) {
            int[] depths = new int[candidates.size()]; // once per candidate: a common village name has hundreds
            int depth = 0;
            for (int i = 0; i < depths.length; i++) depth = Math.max(depth, depths[i] = depth(candidates.get(i).code(), contextRegions));
            List<Region> near = new ArrayList<>();
            for (int i = 0; i < depths.length && depth > 0; i++) if (depths[i] == depth) near.add(candidates.get(i));
            List<Region> pool = near.isEmpty() ? candidates : near;
            int top = pool.stream().mapToInt(Region::level).min().orElseThrow();
            List<Region> best = pool.stream().filter(r -> r.level() == top).sorted(Comparator.comparing(Region::code)).toList();
            boolean preferCity = !foreign.isEmpty() && near.isEmpty() && (top >= 3 || !indonesian);
            if (!preferCity) {
                double confidence = 1.0 / best.size();
                if (near.isEmpty() && pool.stream().anyMatch(r -> r.level() != top)) confidence *= SHADOWED;
                return ref(best.getFirst(), confidence);
            }
        }
        if (foreign.isEmpty()) return null;
        List<City> inContext = foreign.stream().filter(c -> contextIsos.contains(c.iso())).toList();
        List<City> pool = inContext.isEmpty() ? foreign : inContext;
        City c = pool.getFirst();
        return new PlaceRef("geonames", c.geonameId(), "city", null, null, 1.0 / pool.size());
    }

    /** The ISO 3166 code of the country {@code name} names (any case, Indonesian or English), or null. */
    public String countryCode(String name) {
        return countries.get(key(name));
    }

    /** Whether {@code a} becomes {@code b} by one letter changed, added or dropped. */
    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) j++;
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }

    /**
     * The Indonesian name of the country {@code name} names in English only ({@code Singapore} of {@code Singapore
     * Open}: Singapura; {@code Japan}: Jepang), or null: the English names Indonesian news writes as its own
     * ({@code China}, listed as other names) stay as written.
     */
    public String indonesianCountryName(String name) {
        return indonesianForEnglish.get(key(name));
    }

    /**
     * The country's name closing {@code name} after a space, the longest of {@code mostWords} words or fewer that leaves
     * a name before it ({@code Korea Selatan} of {@code Dewan Perfilman Korea Selatan}, {@code Rusia} of {@code Kursk
     * Rusia}), or null.
     */
    public String countryClosing(String name, int mostWords) {
        String country = null;
        int cut = name.length();
        for (int words = 1; words <= mostWords; words++) {
            cut = name.lastIndexOf(' ', cut - 1);
            if (cut <= 0) break;
            String closing = name.substring(cut + 1);
            if (countryCode(closing) != null && !name.substring(0, cut).isBlank()) country = closing;
        }
        return country;
    }

    /**
     * Whether {@code name} (any case) names a country, a world city, or an Indonesian region down
     * to a district; the tens of thousands of village names, which many people's names share, do not count.
     */
    public boolean namesTownOrLarger(String name) {
        return townsOrLarger.contains(key(name));
    }

    /**
     * Whether {@code name} (any case) names a country, a city by a listed other name, or an Indonesian province,
     * regency or city: not the world's towns, whose names include common words ({@code Kota}, {@code Jati}), nor districts.
     */
    public boolean namesRegencyOrLarger(String name) {
        String k = key(name);
        if (countries.containsKey(k) || regionAliases.containsKey(k) || cityAliases.containsKey(k)) return true;
        for (Region r : regions.getOrDefault(k, List.of())) if (r.level() <= REGENCY) return true;
        return false;
    }

    /** The Kemendagri code another name of a region stands for ({@code Solo}: 33.72, Surakarta), or null. */
    public String regionAlias(String name) {
        return regionAliases.get(key(name));
    }

    /**
     * Whether {@code a} and {@code b} (any case) name one Indonesian region, each by its name, its other name or with its
     * level word ({@code Jabar} and {@code Jawa Barat}, {@code Makassar} and {@code Kota Makassar}).
     */
    public boolean sameRegion(String a, String b) {
        Set<String> codes = regionCodes(a);
        for (String code : regionCodes(b)) if (codes.contains(code)) return true;
        return false;
    }

    private Set<String> regionCodes(String name) {
        String k = key(name);
        Set<String> codes = new HashSet<>();
        for (Region r : regions.getOrDefault(k, List.of())) codes.add(r.code());
        String alias = regionAliases.get(k);
        if (alias != null) codes.add(alias);
        return codes;
    }

    /** Whether {@code name} (any case) names an Indonesian region down to a district ({@code Lampung}, {@code Jatim}). */
    public boolean namesRegion(String name) {
        String k = key(name);
        if (regionAliases.containsKey(k)) return true;
        for (Region r : regions.getOrDefault(k, List.of())) if (r.level() <= DISTRICT) return true;
        return false;
    }

    /**
     * Whether {@code name} (any case) names an Indonesian region of the level {@code level} words
     * ({@code provinsi}, {@code kabupaten}, {@code kota}, {@code kecamatan}, {@code desa}): {@code Bima} a
     * kabupaten and a kota, {@code Batu} a kota only, {@code Jatim} a provinsi by its other name.
     */
    public boolean namesRegionOfLevel(String name, String level) {
        int depth = switch (level) {
            case "provinsi" -> PROVINCE;
            case "kabupaten", "kota" -> REGENCY;
            case "kecamatan" -> DISTRICT;
            default -> VILLAGE;
        };
        for (Region r : regions.getOrDefault(key(level + " " + name), List.of())) if (r.level() == depth) return true;
        Region alias = regionsByCode.get(regionAliases.get(key(name)));
        return alias != null && alias.level() == depth
                && (depth != REGENCY || alias.name().toLowerCase(Locale.ROOT).startsWith(level));
    }

    /** Whether any table knows one of {@code keys} as it is. */
    private boolean known(Set<String> keys) {
        for (String k : keys) {
            if (countries.containsKey(k) || regionAliases.containsKey(k) || cityAliases.containsKey(k)
                    || regions.containsKey(k) || cities.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name without a generic word before it ({@code Wilayah Kursk} → {@code kursk}) or a
     * country after it ({@code Kursk Rusia} → {@code kursk}).
     */
    private List<String> variants(String key) {
        List<String> out = new ArrayList<>();
        String k = GENERIC.matcher(key).replaceFirst("");
        if (!k.equals(key) && !k.isEmpty()) out.add(k);
        int space = k.lastIndexOf(' ');
        if (space > 0 && countries.containsKey(k.substring(space + 1))) out.add(k.substring(0, space));
        return out;
    }

    private String country(Set<String> keys) {
        for (String k : keys) {
            String iso = countries.get(k);
            if (iso != null) return iso;
        }
        return null;
    }

    private Region alias(Set<String> keys) {
        for (String k : keys) {
            String code = regionAliases.get(k);
            if (code != null && regionsByCode.containsKey(code)) return regionsByCode.get(code);
        }
        return null;
    }

    private List<Region> candidates(Set<String> keys) {
        Map<String, Region> found = new HashMap<>();
        for (String k : keys) for (Region r : regions.getOrDefault(k, List.of())) found.put(r.code(), r);
        return new ArrayList<>(found.values());
    }

    private List<City> cities(Set<String> keys) {
        List<City> found = new ArrayList<>();
        for (String k : keys) found.addAll(cities.getOrDefault(k, List.of()));
        return found;
    }

    /**
     * How closely {@code code} relates to the context: the length of the longest context code
     * it lies inside or contains (a regency beats its province), 0 when none.
     */
    private static int depth(String code, Set<String> context) {
        int best = 0;
        for (String c : context) {
            boolean related = code.equals(c) || inside(code, c) || inside(c, code);
            if (related) best = Math.max(best, Math.min(c.length(), code.length()));
        }
        return best;
    }

    /** Whether {@code code} lies inside {@code outer}: it opens with it and a dot ({@code 32.73} in {@code 32}), no string made. */
    private static boolean inside(String code, String outer) {
        return code.length() > outer.length() && code.charAt(outer.length()) == '.' && code.startsWith(outer);
    }

    private static PlaceRef ref(Region r, double confidence) {
        return new PlaceRef("kemendagri", r.code(), LEVELS[r.level()], r.latitude(), r.longitude(), confidence);
    }

    /** Names compared without case, accents or punctuation. */
    static String key(String name) {
        if (isAscii(name)) return asciiKey(name);
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /** {@link #key} of ASCII text (no accents to strip), without regular expressions: names are looked up all the time. */
    private static String asciiKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letter = true;
            }
            if (!letter) {
                gap = true;
                continue;
            }
            if (gap && !b.isEmpty()) b.append(' ');
            b.append(c);
            gap = false;
        }
        return b.toString();
    }

    private static void lines(String resource, boolean gzipped, Consumer<String[]> row) {
        InputStream raw = Objects.requireNonNull(Places.class.getResourceAsStream(resource), resource);
        try (InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> row.accept(l.split("\t", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
