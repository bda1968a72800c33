package id.warta.entities;

import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;

/**
 * {@code BPJS Kesehatan}, {@code BPJS Ketenagakerjaan}, {@code TNI Angkatan Laut}, {@code BCA Digital}: a body named by
 * its parent's short form and the field it serves ({@code field-words.tsv}) is a body of its own, the field part of its
 * name. The tagger and the lists stop at the short form they know; where the field follows it, capitalised and found in
 * no other name, the short form is widened over it, unless a capitalised word goes on past the field ({@code ASEAN
 * Digital Economy Framework Agreement}). A field in lower case ({@code BPJS kesehatan}) or in a Title Case headline,
 * whose capitals say nothing, is left alone.
 */
final class FieldBodies {
    /** Most letters of a body's short form: capitals only ({@code BPJS}, {@code TNI}). */
    private static final int LONGEST_SHORT_FORM = 6;
    private static final List<List<String>> FIELDS = Lexicon.lines(FieldBodies.class, "field-words.tsv").stream()
            .map(line -> List.of(line.split(" "))).toList();

    private FieldBodies() {
    }

    /** Widens each short form in {@code found} over the field written right after it. */
    static void widen(List<Sentence> sentences, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.ORGANIZATION) continue;
            Sentence s = Sentence.containing(sentences, f.start());
            if (s == null || !s.cased()) continue;
            int at = s.tokenAt(f.start());
            if (at < 0 || s.tokens().get(at).end() != f.end() || !shortForm(s.tokens().get(at).text())) continue;
            int words = fieldAfter(s.tokens(), at + 1);
            if (words == 0) continue;
            Found whole = new Found(f.start(), s.tokens().get(at + words).end(), EntityType.ORGANIZATION, f.via());
            if (goesOn(s.tokens(), at + words + 1, found)) continue;
            if (found.stream().anyMatch(o -> o != f && o.overlaps(whole))) continue; // the field opens another name
            found.set(i, whole);
        }
    }

    /**
     * Whether the name goes on with the capitalised word at token {@code next} ({@code ASEAN Digital Economy Framework
     * Agreement}, an agreement's title): no field closes it, unless another name found opens there ({@code BPJS
     * Kesehatan Sleman}, {@code ... Kesehatan Ali Ghufron}).
     */
    private static boolean goesOn(List<Token> tokens, int next, List<Found> found) {
        if (next >= tokens.size() || !tokens.get(next).isCapitalised() || tokens.get(next).start() != tokens.get(next - 1).end() + 1) {
            return false;
        }
        int start = tokens.get(next).start();
        return found.stream().noneMatch(o -> o.start() == start);
    }

    /** How many words of a listed field open at token {@code at}, or 0. */
    private static int fieldAfter(List<Token> tokens, int at) {
        for (List<String> field : FIELDS) {
            if (at + field.size() > tokens.size()) continue;
            boolean same = true;
            for (int k = 0; k < field.size() && same; k++) {
                Token t = tokens.get(at + k);
                same = t.text().equals(field.get(k)) && t.start() == tokens.get(at + k - 1).end() + 1;
            }
            if (same) return field.size();
        }
        return 0;
    }

    private static boolean shortForm(String word) {
        return word.length() <= LONGEST_SHORT_FORM && Initials.written(word, 2);
    }
}
