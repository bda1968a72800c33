package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code calon bupati Bima Abdul Khayir}, {@code Bupati Kudus Hartopo}, {@code Pj Bupati Kampar Kamsol}:
 * after the office of a region's head ({@code regional-heads.tsv}) news names the region, then the holder, and the
 * tagger runs a region that is also a personal name into the holder's. The words opening such a person's name that
 * name a region of the office's level (the Kemendagri tables) are the region, a place, and the person starts after
 * them, when a capitalised word is left for the name and the article names no one else with the region's word first
 * ({@code Wali Kota Bima Arya}, when {@code Bima Arya} is named elsewhere, stays a person).
 */
final class RegionalHeads {
    /** Longest region name taken off the front of a holder's ({@code Nusa Tenggara Barat}). */
    private static final int MAX_REGION_WORDS = 3;
    /** The office's last words, lowercased, to the level of region it heads. */
    private static final Map<String, String> OFFICES = new HashMap<>();
    private static final int LONGEST_OFFICE;

    static {
        int longest = 0;
        for (String[] row : Lexicon.rows(RegionalHeads.class, "regional-heads.tsv")) {
            OFFICES.put(row[0], row[1]);
            longest = Math.max(longest, row[0].split(" ").length);
        }
        LONGEST_OFFICE = longest;
    }

    private final Places places;

    RegionalHeads(Places places) {
        this.places = places;
    }

    /** A person named after a region's head office whose first {@code regionWords} words name the region. */
    private record Holder(Found found, Sentence sentence, int first, int regionWords) {
    }

    /** Splits the region off the people in {@code found} named right after a region's head office. */
    void split(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        List<Holder> holders = new ArrayList<>();
        Set<String> elsewhere = new HashSet<>(); // people named where no such office comes before
        for (Found f : found) {
            if (f.type() != EntityType.PERSON) continue;
            Sentence s = Sentence.containing(sentences, f.start());
            int first = s == null ? -1 : s.tokenAt(f.start());
            String level = first < 1 ? null : level(s.tokens(), first);
            if (level == null) {
                elsewhere.add(f.textIn(text));
                continue;
            }
            int region = regionWords(s.tokens(), first, f.end(), level);
            if (region > 0) holders.add(new Holder(f, s, first, region));
        }
        for (Holder h : holders) {
            List<Token> tokens = h.sentence().tokens();
            int person = h.first() + h.regionWords();
            String region = h.sentence().tokensText(h.first(), person);
            if (elsewhere.stream().anyMatch(n -> n.startsWith(region + " "))) continue; // "Bima Arya" named elsewhere
            Found f = h.found();
            int i = found.indexOf(f);
            found.set(i, new Found(tokens.get(person).start(), f.end(), EntityType.PERSON, f.via()));
            found.add(i, new Found(f.start(), tokens.get(person - 1).end(), EntityType.PLACE, f.via()));
        }
    }

    /** The level of region the office ending just before token {@code first} heads, or null. */
    private static String level(List<Token> tokens, int first) {
        StringBuilder office = new StringBuilder();
        for (int k = 1; k <= LONGEST_OFFICE && first - k >= 0; k++) {
            office.insert(0, k == 1 ? "" : " ").insert(0, tokens.get(first - k).text().toLowerCase(Locale.ROOT));
            String level = OFFICES.get(office.toString());
            if (level != null) return level;
        }
        return null;
    }

    /**
     * How many words from token {@code first} name a region of {@code level}, leaving at least one capitalised word of
     * the name ending at character {@code end}; the longest such region, or 0 (also when the region is all the name).
     */
    private int regionWords(List<Token> tokens, int first, int end, String level) {
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= end) last++;
        for (int i = first; i <= last; i++) if (tokens.get(i).isWord() && !tokens.get(i).isCapitalised()) return 0;
        for (int k = Math.min(MAX_REGION_WORDS, last + 1 - first); k >= 1; k--) {
            if (first + k <= last && !tokens.get(first + k).isWord()) continue; // the name opens with a word
            StringBuilder region = new StringBuilder(tokens.get(first).text());
            for (int i = first + 1; i < first + k; i++) region.append(' ').append(tokens.get(i).text());
            // "Camat Babakan Madang": all of it the region (Babakan another), no one named
            if (places.namesRegionOfLevel(region.toString(), level)) return first + k > last ? 0 : k;
        }
        return 0;
    }
}
