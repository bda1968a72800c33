package id.warta.extract;

import id.warta.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known news outlets and agencies ({@code outlets.tsv}): the names datelines, credits and
 * citations use for them, and their web sites.
 */
public final class Outlets {
    /** An outlet: its display name, web site and kind ({@code portal}, {@code agency}, {@code media}). */
    public record Outlet(String name, String site, String kind) {
    }

    private static final Map<String, Outlet> BY_SPELLING = new HashMap<>();
    /** Every name and other spelling as written (not sites), for finding outlets in text. */
    private static final List<String> WRITTEN = new ArrayList<>();

    static {
        for (String[] row : Lexicon.rows(Outlets.class, "outlets.tsv")) {
            Outlet outlet = new Outlet(row[0], row[1], row[2]);
            BY_SPELLING.put(key(row[0]), outlet);
            BY_SPELLING.put(key(row[1]), outlet);
            WRITTEN.add(row[0]);
            if (row.length > 3 && !row[3].isBlank()) {
                for (String alias : List.of(row[3].split("\\|"))) {
                    BY_SPELLING.putIfAbsent(key(alias), outlet);
                    WRITTEN.add(alias);
                }
            }
        }
    }

    private Outlets() {
    }

    /** The outlet a name or site refers to ({@code KOMPAS.com}, {@code ANTARA}, {@code rt.com}), if known. */
    public static Optional<Outlet> find(String nameOrSite) {
        if (nameOrSite == null) return Optional.empty();
        String key = key(nameOrSite);
        Outlet o = BY_SPELLING.get(key);
        if (o == null && key.startsWith("www.")) o = BY_SPELLING.get(key.substring(4));
        return Optional.ofNullable(o);
    }

    /** The names and other spellings of the known outlets as the text writes them ({@code Kompas.com}, {@code detikINET}). */
    public static List<String> writtenForms() {
        return List.copyOf(WRITTEN);
    }

    /** Every spelling of every known outlet, for building matchers. */
    public static Map<String, Outlet> spellings() {
        return java.util.Collections.unmodifiableMap(BY_SPELLING);
    }

    /**
     * The web site a dateline's outlet names: the known outlet's site, or the name itself when
     * it is a domain ({@code DISWAYPROBOLINGGO.ID} gives {@code diswayprobolinggo.id}).
     */
    public static Optional<String> site(String outlet) {
        return find(outlet).map(Outlet::site).or(() -> outlet != null && outlet.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+")
                ? Optional.of(outlet.toLowerCase(Locale.ROOT)) : Optional.empty());
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
