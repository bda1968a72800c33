package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code diusung PAN, PKB dan PBB}: a listed abbreviation that is also a political party's ({@code party-senses.tsv};
 * PBB, the United Nations and the Partai Bulan Bintang), written in a list right beside a party the lists know, is the
 * party; an article that uses it so once means the party throughout, as {@link OtherSenses} reads the other senses.
 */
final class PartySenses {
    /** Each abbreviation as written to the party it also stands for. */
    private static final Map<String, String> PARTIES = load();
    /** What stands between two items of a list: a comma, {@code dan}, {@code serta}, {@code atau}, a slash. */
    private static final Pattern BETWEEN = Pattern.compile(",\\s*(?:(?:dan|serta|atau)\\s+)?|\\s+(?:dan|serta|atau)\\s+|\\s*/\\s*");

    private PartySenses() {
    }

    private static Map<String, String> load() {
        Map<String, String> parties = new HashMap<>();
        for (String[] row : Lexicon.rows(PartySenses.class, "party-senses.tsv")) parties.put(row[0], row[1]);
        return Map.copyOf(parties);
    }

    /** The abbreviations {@code found} (in text order) uses as parties in {@code text}, each to its party's name. */
    static Map<String, String> in(String text, List<Found> found, EntityLexicon lexicon) {
        Map<String, String> used = Map.of();
        for (int i = 0; i < found.size(); i++) {
            String surface = found.get(i).textIn(text);
            String party = PARTIES.get(surface);
            if (party == null || used.containsKey(surface)) continue;
            if (i > 0 && party(text, found.get(i - 1), found.get(i), lexicon)
                    || i + 1 < found.size() && party(text, found.get(i), found.get(i + 1), lexicon)) {
                if (used.isEmpty()) used = new HashMap<>();
                used.put(surface, party);
            }
        }
        return used;
    }

    /** Whether {@code a} and {@code b} stand side by side in a list and the other of the two is a listed party. */
    private static boolean party(String text, Found a, Found b, EntityLexicon lexicon) {
        if (a.end() > b.start() || !BETWEEN.matcher(text.substring(a.end(), b.start())).matches()) return false;
        String other = PARTIES.containsKey(a.textIn(text)) ? b.textIn(text) : a.textIn(text);
        EntityLexicon.Alias listed = lexicon.listed(other);
        String name = listed != null && listed.canonical() != null ? listed.canonical() : other;
        return (listed == null || listed.type() == EntityType.ORGANIZATION) && name.startsWith("Partai ");
    }
}
