package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code ... katanya di Kementerian BUMN Jakarta, Senin (2/1/2023)}: the town where something was said, written after
 * the body's name without a comma, the day after it. A body of the nation ({@code national-bodies.tsv}: ministries, the
 * parliament) has no branch named after a town, so the tagger's one name is the body and, after it, the town.
 */
final class NationalBodiesInTowns {
    /** National bodies' written-out names, lowercased, to whether any name opening with them is one. */
    private static final Map<String, Boolean> NATIONAL = Lexicon.rows(NationalBodiesInTowns.class, "national-bodies.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1].equals("opening")));
    /** The day right after: a weekday, after a comma or not, or a date in brackets ({@code (2/1)}). */
    private static final Pattern DAY_AFTER = Pattern.compile(",? ?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\\b| ?\\(\\d");
    /** Most words of the town ({@code Jakarta Pusat}). */
    private static final int LONGEST_TOWN = 2;

    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    NationalBodiesInTowns(Places places) {
        this.places = places;
    }

    /** Splits each national body {@code found} holds (in text order) that closes with a town before the day. */
    void split(List<Sentence> sentences, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.ORGANIZATION) continue;
            Sentence s = Sentence.containing(sentences, f.start());
            if (s == null) continue;
            List<Token> tokens = s.tokens();
            int first = s.tokenAt(f.start()), last = s.tokenEndingAt(f.end());
            if (first < 0 || last <= first) continue;
            for (int town = Math.max(first + 1, last + 1 - LONGEST_TOWN); town <= last; town++) {
                if (!townWhereSaid(s.text(), s.tokensText(first, town), tokens.get(town).start(), f.end())) continue;
                found.set(i, new Found(f.start(), tokens.get(town - 1).end(), EntityType.ORGANIZATION, f.via()));
                found.add(i + 1, new Found(tokens.get(town).start(), f.end(), EntityType.PLACE, f.via()));
                i++;
                break;
            }
        }
    }

    /**
     * Whether {@code text}'s {@code [townStart, townEnd)}, right after {@code body}, is a town where the national body
     * said or did something, the day after it ({@code Kementerian BUMN Jakarta, Senin}): no branch of the body.
     */
    boolean townWhereSaid(String text, String body, int townStart, int townEnd) {
        return DAY_AFTER.matcher(text).region(townEnd, text.length()).lookingAt()
                && isTown(text.substring(townStart, townEnd)) && national(body);
    }

    /** A town's name, not the nation's ({@code DPR RI, Selasa}). */
    private boolean isTown(String name) {
        return places.namesTownOrLarger(name) && places.countryCode(name) == null;
    }

    /** Whether {@code body}, written out when listed, opens as a national body's name. */
    private boolean national(String body) {
        EntityLexicon.Alias listed = lexicon.listed(body);
        if (listed != null && listed.type() != EntityType.ORGANIZATION) return false;
        String name = (listed != null && listed.canonical() != null ? listed.canonical() : body).toLowerCase(Locale.ROOT);
        if (NATIONAL.containsKey(name)) return true;
        int space = name.indexOf(' ');
        return space > 0 && NATIONAL.getOrDefault(name.substring(0, space), false);
    }
}
