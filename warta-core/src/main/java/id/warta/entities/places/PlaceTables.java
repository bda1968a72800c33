package id.warta.entities.places;

import id.warta.eval.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the place tables Warta ships from the shared gazetteers: Indonesian regions with
 * their Home Affairs (Kemendagri) codes and, where the older coordinates list has the same
 * code, latitude and longitude; countries with ISO 3166 codes and their Indonesian and
 * English names; world cities with GeoNames ids and countries. Facts only, written compact.
 */
public final class PlaceTables {
    static final String REGIONS = "regions.tsv.gz";
    static final String COUNTRIES = "countries.tsv";
    static final String CITIES = "cities.tsv.gz";

    /** World-cities spells some countries unlike the country list. */
    private static final Map<String, String> CITY_COUNTRY_NAMES = Map.ofEntries(
            Map.entry("russia", "RU"), Map.entry("vietnam", "VN"), Map.entry("syria", "SY"),
            Map.entry("laos", "LA"), Map.entry("turkey", "TR"), Map.entry("brunei", "BN"), Map.entry("macau", "MO"),
            Map.entry("macao", "MO"), Map.entry("ivory coast", "CI"), Map.entry("cape verde", "CV"),
            Map.entry("czech republic", "CZ"), Map.entry("kosovo", "XK"), Map.entry("vatican", "VA"),
            Map.entry("bolivia", "BO"), Map.entry("iran", "IR"), Map.entry("south korea", "KR"),
            Map.entry("north korea", "KP"), Map.entry("moldova", "MD"), Map.entry("tanzania", "TZ"),
            Map.entry("venezuela", "VE"), Map.entry("taiwan", "TW"), Map.entry("palestine", "PS"),
            Map.entry("micronesia", "FM"), Map.entry("swaziland", "SZ"), Map.entry("east timor", "TL"),
            Map.entry("republic of the congo", "CG"), Map.entry("democratic republic of the congo", "CD"),
            Map.entry("macedonia", "MK"), Map.entry("myanmar", "MM"), Map.entry("burma", "MM"),
            Map.entry("russian federation", "RU"), Map.entry("viet nam", "VN"), Map.entry("syrian arab republic", "SY"),
            Map.entry("lao peoples democratic republic", "LA"), Map.entry("turkiye", "TR"),
            Map.entry("brunei darussalam", "BN"), Map.entry("cabo verde", "CV"), Map.entry("cote divoire", "CI"),
            Map.entry("hong kong", "HK"), Map.entry("iran islamic republic of", "IR"),
            Map.entry("korea republic of", "KR"), Map.entry("korea democratic peoples republic of", "KP"),
            Map.entry("moldova republic of", "MD"), Map.entry("tanzania united republic of", "TZ"),
            Map.entry("taiwan province of china", "TW"), Map.entry("venezuela bolivarian republic of", "VE"),
            Map.entry("bolivia plurinational state of", "BO"), Map.entry("palestine state of", "PS"),
            Map.entry("congo the democratic republic of the", "CD"), Map.entry("micronesia federated states of", "FM"),
            Map.entry("falkland islands malvinas", "FK"), Map.entry("holy see vatican city state", "VA"),
            Map.entry("saint martin french part", "MF"), Map.entry("sint maarten dutch part", "SX"),
            Map.entry("virgin islands british", "VG"), Map.entry("virgin islands us", "VI"),
            Map.entry("bonaire sint eustatius and saba", "BQ"), Map.entry("saint helena ascension and tristan da cunha", "SH"),
            Map.entry("north macedonia", "MK"), Map.entry("eswatini", "SZ"), Map.entry("czechia", "CZ"),
            Map.entry("timorleste", "TL"), Map.entry("saint lucia", "LC"), Map.entry("saint pierre and miquelon", "PM"),
            Map.entry("saint kitts and nevis", "KN"), Map.entry("saint vincent and the grenadines", "VC"),
            Map.entry("saint barthelemy", "BL"), Map.entry("south georgia and the south sandwich islands", "GS"),
            Map.entry("pitcairn", "PN"), Map.entry("congo", "CG"), Map.entry("no country found for alphacode xk", "XK"));

    private PlaceTables() {
    }

    /** Writes the tables into {@code out} from {@code gazetteers} ({@code shared/data/gazetteers}). */
    public static void build(Path gazetteers, Path out) throws IOException {
        Files.createDirectories(out);
        regions(gazetteers, out.resolve(REGIONS));
        Map<String, String> isoByEnglish = countries(gazetteers, out.resolve(COUNTRIES));
        cities(gazetteers, isoByEnglish, out.resolve(CITIES));
    }

    private static void regions(Path dir, Path out) throws IOException {
        Map<String, String> coords = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("wilayah-coords/wilayah_coords.tsv"))) {
            String[] c = line.split("\t");
            if (c.length >= 5 && !c[3].isBlank() && c[3].matches("-?[0-9.]+")) {
                coords.put(c[0], round(c[3]) + "\t" + round(c[4]));
            }
        }
        try (Writer w = gzip(out)) {
            for (String line : Files.readAllLines(dir.resolve("wilayah/wilayah_2025.tsv"))) {
                String[] c = line.split("\t");
                if (c.length < 3 || !c[2].matches("[1-4]")) continue;
                String at = coords.getOrDefault(c[0].replace(".", ""), "\t");
                w.write(c[0] + "\t" + c[2] + "\t" + c[1].strip() + "\t" + at + "\n");
            }
        }
    }

    /** Five decimals: about a metre, more than a region's centre means. */
    private static String round(String degrees) {
        return String.format(Locale.ROOT, "%.5f", Double.parseDouble(degrees));
    }

    private static Map<String, String> countries(Path dir, Path out) throws IOException {
        Map<String, String> indonesian = new HashMap<>();
        for (List<String> row : Csv.rows(dir.resolve("countries/country_id.csv"))) indonesian.put(row.get(0), row.get(1));
        Map<String, String> isoByEnglish = new HashMap<>();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# iso\tIndonesian name\tEnglish name (Unicode CLDR via umpirsky/country-list, MIT)\n");
            for (List<String> row : Csv.rows(dir.resolve("countries/country_en.csv"))) {
                String iso = row.get(0), english = row.get(1);
                isoByEnglish.put(key(english), iso);
                w.write(iso + "\t" + indonesian.getOrDefault(iso, english) + "\t" + english + "\n");
            }
        }
        isoByEnglish.putAll(CITY_COUNTRY_NAMES);
        return isoByEnglish;
    }

    private static void cities(Path dir, Map<String, String> isoByEnglish, Path out) throws IOException {
        try (Writer w = gzip(out)) {
            for (List<String> row : Csv.rows(dir.resolve("world-cities/world-cities.csv"))) {
                if (row.size() < 4) continue;
                String iso = isoByEnglish.getOrDefault(key(row.get(1)), "");
                w.write(row.get(3) + "\t" + row.get(0) + "\t" + iso + "\t" + row.get(2) + "\n");
            }
        }
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z ]", "").replaceAll(" +", " ").strip();
    }

    private static Writer gzip(Path out) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8));
    }
}
