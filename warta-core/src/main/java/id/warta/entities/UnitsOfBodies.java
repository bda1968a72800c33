package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Ditreskrimum Polda Metro Jaya}, {@code Satreskrim Polres Bogor}, {@code Subdit II Dittipidnarkoba Bareskrim}:
 * a directorate's or a unit's short name ({@code Dit}, {@code Sat}, {@code Subdit} run into the unit's words), or
 * {@code Subdit}/{@code Unit} and its number, written right before the body it belongs to. The tagger finds the body
 * and leaves the unit out; the unit and its body are one organisation, the unit of that body (the body's other
 * mentions stay the body's). A title of its head ({@code Kasat Reskrim}, {@code Dirreskrimum}) is no unit.
 */
final class UnitsOfBodies {
    /** A unit's short name: the unit word's first letters run into its words ({@code Satlantas}, {@code Ditjen}). */
    private static final Pattern SHORT_UNIT = Pattern.compile("(?:Sub)?(?:Dit|Sat)[a-z]{3,}");
    /** Unit words written before their number ({@code Subdit II}, {@code Unit 3}; {@code numbered-units.tsv}). */
    private static final Set<String> NUMBERED_UNITS = Set.copyOf(Lexicon.lines(UnitsOfBodies.class, "numbered-units.tsv"));
    private static final Pattern NUMBER = Pattern.compile("[IVX]+|\\d{1,2}");

    private final NerModel model;

    UnitsOfBodies(NerModel model) {
        this.model = model;
    }

    /** Widens each organisation in {@code found} (in text order) over the units named right before it. */
    void find(List<Sentence> sentences, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found body = found.get(i);
            if (body.type() != EntityType.ORGANIZATION) continue;
            Sentence s = Sentence.containing(sentences, body.start());
            int at = s == null ? -1 : s.tokenAt(body.start());
            if (at < 1) continue;
            int start = at;
            while (true) { // units nest: "Subdit II" of "Dittipidnarkoba" of "Bareskrim"
                int unit = unitBefore(s.tokens(), start);
                if (unit < 0) break;
                start = unit;
            }
            if (start == at) continue;
            int from = s.tokens().get(start).start();
            if (i > 0 && found.get(i - 1).end() > from) continue; // a name found there already
            found.set(i, new Found(from, body.end(), EntityType.ORGANIZATION, body.via()));
        }
    }

    /** The first token of a unit's name ending right before token {@code at}, or -1. */
    private int unitBefore(List<Token> tokens, int at) {
        if (at < 1) return -1;
        String w = tokens.get(at - 1).text();
        if (SHORT_UNIT.matcher(w).matches() && !model.seenInLowerCase(w)) return at - 1;
        if (at >= 2 && NUMBER.matcher(w).matches() && NUMBERED_UNITS.contains(tokens.get(at - 2).text())) return at - 2;
        return -1;
    }
}
