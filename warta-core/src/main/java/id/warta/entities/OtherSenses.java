package id.warta.entities;

import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code membayar PBB}, {@code SPPT PBB-P2}: a listed abbreviation that also stands for something that is no entity
 * (the land and buildings tax beside the United Nations), used in a sentence with a word of that other sense
 * ({@code other-senses.tsv}). An article that uses it so once means the other sense throughout.
 */
final class OtherSenses {
    /** The words showing each abbreviation's other sense, lowercased, by the abbreviation as written. */
    private static final Map<String, Set<String>> SENSES = load();

    private OtherSenses() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> senses = new HashMap<>();
        for (String[] row : Lexicon.rows(OtherSenses.class, "other-senses.tsv")) senses.put(row[0], Set.of(row[1].split("\\|")));
        return Map.copyOf(senses);
    }

    /** The abbreviations the article's {@code sentences} use in their other sense: no names there. */
    static Set<String> in(List<Sentence> sentences) {
        Set<String> otherwise = Set.of();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                Set<String> words = SENSES.get(t.text());
                if (words == null || otherwise.contains(t.text()) || !holdsAny(s, words)) continue;
                if (otherwise.isEmpty()) otherwise = new HashSet<>();
                otherwise.add(t.text());
            }
        }
        return otherwise;
    }

    private static boolean holdsAny(Sentence s, Set<String> words) {
        for (Token t : s.tokens()) if (words.contains(t.text().toLowerCase(Locale.ROOT))) return true;
        return false;
    }
}
