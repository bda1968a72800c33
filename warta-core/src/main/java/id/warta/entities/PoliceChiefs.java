package id.warta.entities;

import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Kapolres Metro Bekasi Kombes Sumarni}, {@code Kapolsek Tambun Selatan Kompol Wuryanti}: a police chief's
 * office ({@code Ka} or {@code Waka}, head or deputy, run into the unit's short name {@code polres}, {@code polsek},
 * ...) and the region after it name the unit, a body the news seldom writes out apart. The office and the region are
 * one organisation, named as the unit ({@code Polres Metro Bekasi}); a place the tagger found in the region's words
 * is the unit's name there, no place of its own. The region runs over capitalised words up to a title or a rank
 * ({@code Kombes}), a person found, or any other word; the national office ({@code Kapolri}) names no region.
 */
final class PoliceChiefs {
    static final String VIA = "police chief's unit";
    /** The office: head or deputy, then the unit's short name. */
    private static final Pattern OFFICE = Pattern.compile("(?:Waka|Ka)(pol(?:restabes|resta|res|sek|da))");
    /** A region holds at most this many words ({@code Metro Jakarta Pusat}). */
    private static final int MAX_REGION_WORDS = 4;

    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    /**
     * The unit a body's name opening with a chief's office names ({@code Kapolres Metro Bekasi} → {@code Polres Metro
     * Bekasi}), however it was found (here, or again where the article repeats it), or null when it opens otherwise.
     */
    static String unitName(String name) {
        Matcher m = OFFICE.matcher(name);
        if (!m.lookingAt() || m.end() >= name.length() || name.charAt(m.end()) != ' ') return null;
        return Character.toUpperCase(m.group(1).charAt(0)) + name.substring(m.start(1) + 1);
    }

    /** Adds the units police chiefs' offices name to {@code found}, dropping the names the tagger found inside them. */
    void find(List<Sentence> sentences, List<Found> found) {
        boolean changed = false;
        for (Sentence s : sentences) {
            if (!s.cased()) continue;
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!OFFICE.matcher(tokens.get(i).text()).matches()) continue;
                int end = regionEnd(tokens, i + 1, found);
                if (end == i + 1) continue;
                Found unit = new Found(tokens.get(i).start(), tokens.get(end - 1).end(), EntityType.ORGANIZATION, VIA);
                if (found.stream().anyMatch(f -> f.overlaps(unit) && (f.start() < unit.start() || f.end() > unit.end()))) continue;
                found.removeIf(unit::overlaps);
                found.add(unit);
                changed = true;
            }
        }
        if (changed) found.sort((a, b) -> a.start() - b.start());
    }

    /**
     * The token after the region opening at token {@code first}: capitalised words, no title nor a person's first;
     * a person found right before a title or a rank is the region, the tagger's mistake ({@code Kapolsek Cibeunying
     * Kaler Kompol Hartono}).
     */
    private int regionEnd(List<Token> tokens, int first, List<Found> found) {
        int end = first;
        while (end < tokens.size() && end - first < MAX_REGION_WORDS) {
            Token t = tokens.get(end);
            if (!t.isWord() || !t.isCapitalised() || lexicon.titleLengthAt(tokens, end) > 0) break;
            Found person = found.stream().filter(f -> f.start() == t.start() && f.type() == EntityType.PERSON).findFirst().orElse(null);
            if (person != null) {
                int after = end;
                while (after < tokens.size() && tokens.get(after).end() <= person.end()) after++;
                boolean region = after - first <= MAX_REGION_WORDS && after < tokens.size()
                        && tokens.get(after - 1).end() == person.end() && lexicon.titleLengthAt(tokens, after) > 0;
                return region ? after : end;
            }
            end++;
        }
        return end;
    }
}
