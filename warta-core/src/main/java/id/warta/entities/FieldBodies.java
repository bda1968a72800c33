package id.warta.entities;

import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code BPJS Kesehatan}, {@code BPJS Ketenagakerjaan}, {@code TNI Angkatan Laut}, {@code BCA Digital}: a body named by
 * its parent's short form and the field it serves ({@code field-words.tsv}) is a body of its own, the field part of its
 * name. The tagger and the lists stop at the short form they know; where the field follows it, capitalised and found in
 * no other name, the short form is widened over it, unless a capitalised word goes on past the field ({@code ASEAN
 * Digital Economy Framework Agreement}). A field in lower case ({@code BPJS kesehatan}) or in a Title Case headline,
 * whose capitals say nothing, is left alone. Such a body is named with its parent's short form written out
 * ({@link #writtenOut}: {@code TNI Angkatan Laut} is {@code Tentara Nasional Indonesia Angkatan Laut}, as the listed
 * {@code TNI AL} is), and so is the parent's long form with the field after the bracket defining the short form
 * ({@link #fieldAfterBracket}: {@code Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan}): one body, however written.
 * The short form that bracket defines names that body wherever the article writes it bare ({@code loket BPJS}).
 */
final class FieldBodies {
    /** Most letters of a body's short form: capitals only ({@code BPJS}, {@code TNI}). */
    private static final int LONGEST_SHORT_FORM = 6;
    private static final List<List<String>> FIELDS = Lexicon.lines(FieldBodies.class, "field-words.tsv").stream()
            .map(line -> List.of(line.split(" "))).toList();
    /** {@link #FIELDS}, each written whole. */
    private static final Set<String> FIELD_NAMES = FIELDS.stream().map(f -> String.join(" ", f)).collect(Collectors.toSet());

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

    /**
     * {@code TNI Angkatan Laut}, {@code BPJS Kesehatan}: an organisation's name that is a listed body's short form in
     * capitals and a field ({@code field-words.tsv}), with the short form written out ({@code Tentara Nasional Indonesia
     * Angkatan Laut}); null for any other name.
     */
    static String writtenOut(String name, EntityLexicon lexicon) {
        int space = name.indexOf(' ');
        if (space < 0 || !shortForm(name.substring(0, space)) || !FIELD_NAMES.contains(name.substring(space + 1))) return null;
        EntityLexicon.Alias parent = lexicon.listed(name.substring(0, space));
        if (parent == null || parent.type() != EntityType.ORGANIZATION || parent.canonical() == null) return null;
        return parent.canonical() + name.substring(space);
    }

    /**
     * The field written right after the bracket closing at {@code close} ({@code ... (BPJS) Kesehatan dan ...}), in its
     * listed capitals, the name not going on past it with a capitalised word; null when none is.
     */
    static String fieldAfterBracket(String text, int close) {
        if (close + 1 >= text.length() || text.charAt(close) != ' ') return null;
        for (String field : FIELD_NAMES) {
            int end = close + 1 + field.length();
            if (!text.startsWith(field, close + 1) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
            boolean goesOn = end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
            return goesOn ? null : field;
        }
        return null;
    }

    /** Whether {@code words} are a listed field ({@code Kesehatan}, {@code Angkatan Laut}). */
    static boolean isField(String words) {
        return FIELD_NAMES.contains(words);
    }

    private static boolean shortForm(String word) {
        return word.length() <= LONGEST_SHORT_FORM && Initials.written(word, 2);
    }
}
