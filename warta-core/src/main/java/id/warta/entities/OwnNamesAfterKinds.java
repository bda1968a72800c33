package id.warta.entities;

import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code Rumah Sakit (RS) Mitra Sehat}, {@code Universitas Islam Negeri (UIN) Sunan Ampel}: a kind of institution
 * written out, its abbreviation in brackets, then the institution's own name. The tagger reads the kind as a name
 * of its own (or runs it into the bracket) and the own name as a person's or a place's; the three are one name, of
 * the kind's type ({@code institution-kinds.tsv}), named without the bracket ({@link #plainName}). The short form
 * the article then uses, the abbreviation and the own name ({@code RS Mitra Sehat}), is that name too.
 */
final class OwnNamesAfterKinds {
    /** How the names this finds were found: {@link Canonicalizer} names them without their bracket. */
    static final String VIA = "own name after its kind";
    /** An own name holds at most this many words ({@code Dr. Wahidin Sudirohusodo} and a number). */
    private static final int MAX_OWN_WORDS = 4;
    private static final Map<String, EntityType> KINDS = kinds();

    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    /** Updates {@code found} (in text order) in place: each kind, bracket and own name one name. */
    void find(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        Map<String, EntityType> shortForms = new TreeMap<>(LONGEST_FIRST);
        boolean changed = false;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int open = AbbreviatedNames.bracketAfter(tokens, 0); open >= 0;
                    open = AbbreviatedNames.bracketAfter(tokens, open)) {
                String capitals = tokens.get(open + 1).text();
                int start = AbbreviatedNames.kindStart(tokens, open, capitals);
                if (start < 0) continue;
                String kind = words(tokens, start, open);
                boolean townAfter = open + 3 < tokens.size() && placeAt(found, tokens.get(open + 3).start());
                EntityType type = KINDS.containsKey(kind) || !townAfter ? kindType(kind) : null;
                int last = type == null ? -1 : ownNameLast(tokens, open + 3);
                if (last < 0) continue;
                int end = tokens.get(last).end();
                Found whole = new Found(tokens.get(start).start(), end, type, VIA);
                changed |= replace(found, whole);
                for (String form : shortForms(text.substring(whole.start(), whole.end()))) shortForms.putIfAbsent(form, type);
            }
        }
        for (var e : shortForms.entrySet()) { // "RS Mitra Sehat" after "Rumah Sakit (RS) Mitra Sehat", longest first
            String form = e.getKey();
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (whole) changed |= replace(found, new Found(at, end, e.getValue(), VIA));
            }
        }
        if (changed) found.sort((a, b) -> a.start() - b.start());
    }

    /** Longer forms first, so that a shorter one found within a longer is left to it. */
    private static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder());

    /**
     * The short forms of a name written whole ({@code Rumah Sakit Islam (RSI) Sultan Agung Semarang}): the abbreviation
     * and the own name, or its first words ({@code RSI Sultan Agung Semarang}, {@code RSI Sultan Agung}, {@code RSI
     * Sultan}), longest first; none when {@code surface} has no bracket.
     */
    static List<String> shortForms(String surface) {
        int open = surface.indexOf(" (");
        int close = open < 0 ? -1 : surface.indexOf(')', open);
        if (close < 0) return List.of();
        List<String> forms = new ArrayList<>();
        String form = surface.substring(open + 2, close) + surface.substring(close + 1);
        for (int space = form.lastIndexOf(' '); space > 0; space = form.lastIndexOf(' ')) {
            forms.add(form);
            form = form.substring(0, space);
        }
        return forms;
    }

    /** {@code Rumah Sakit Mitra Sehat} for {@code Rumah Sakit (RS) Mitra Sehat}: the name without its bracket. */
    static String plainName(String surface) {
        int open = surface.indexOf(" (");
        int close = open < 0 ? -1 : surface.indexOf(')', open);
        return close < 0 ? surface : surface.substring(0, open) + surface.substring(close + 1);
    }

    /**
     * The last token of the own name opening at {@code from}: capitalised words, numbers after the first
     * ({@code SMP Negeri 2}); -1 when none, or when it opens with a place's head word ({@code (UIN) Kelurahan
     * Pisangan}: where the body is, not its name).
     */
    private int ownNameLast(List<Token> tokens, int from) {
        int last = -1;
        for (int i = from; i < tokens.size() && i < from + MAX_OWN_WORDS; i++) {
            Token t = tokens.get(i);
            boolean number = Character.isDigit(t.text().charAt(0));
            if (!(t.isCapitalised() && Character.isLetter(t.text().charAt(0)) || number && i > from)) break;
            if (lexicon.heads.get(t.text().toLowerCase(Locale.ROOT)) == EntityType.PLACE) {
                if (i == from) return -1;
                break;
            }
            last = i;
        }
        return last;
    }

    /**
     * Puts {@code whole} in {@code found} in place of the names within it; false, leaving {@code found} as it
     * was, when a name runs into it from outside, or one name covers it already.
     */
    private static boolean replace(List<Found> found, Found whole) {
        for (Found f : found) {
            if (!f.overlaps(whole)) continue;
            if (f.start() < whole.start() || f.end() > whole.end()) return false;
            if (f.start() == whole.start() && f.end() == whole.end() && f.via().equals(VIA)) return false;
        }
        found.removeIf(f -> f.overlaps(whole));
        found.add(whole);
        return true;
    }

    /**
     * The type of the kind {@code words} (lowercased, one space apart), or null: a listed kind's, or the longest listed
     * kind's it opens with, the rest of its words specialising it ({@code Rumah Sakit Penyakit Infeksi (RSPI) Sulianti
     * Saroso}, {@code Sekolah Tinggi Ilmu Ekonomi (STIE) Perbanas}).
     */
    private static EntityType kindType(String words) {
        EntityType type = KINDS.get(words);
        for (int space = words.lastIndexOf(' '); type == null && space > 0; space = words.lastIndexOf(' ', space - 1)) {
            type = KINDS.get(words.substring(0, space));
        }
        return type;
    }

    /**
     * Whether a place was found opening at {@code at}: after a kind not listed as written, whose last words may be the
     * institution's own name ({@code Rumah Sakit Hasan Sadikin (RSHS) Bandung}), a place after the bracket is its town.
     */
    private static boolean placeAt(List<Found> found, int at) {
        for (Found f : found) if (f.start() == at && f.type() == EntityType.PLACE) return true;
        return false;
    }

    /** Tokens {@code [from, to)} lowercased, one space apart. */
    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) b.append(' ');
            b.append(tokens.get(i).text().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static Map<String, EntityType> kinds() {
        Map<String, EntityType> kinds = new HashMap<>();
        for (String[] row : Lexicon.rows(OwnNamesAfterKinds.class, "institution-kinds.tsv")) {
            kinds.put(row[0], EntityType.valueOf(row[1]));
        }
        return Map.copyOf(kinds);
    }
}
