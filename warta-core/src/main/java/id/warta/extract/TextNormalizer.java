package id.warta.extract;

import id.warta.language.Quotations;
import id.warta.lexicon.Lexicon;
import id.warta.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mends the spacing and punctuation defects of scraped text ({@code Berakhir :NATO},
 * {@code Sehingga,Negara}, {@code ...Cortana.Kecanggihan}, {@code DiKota}, link text glued to its neighbours as in
 * {@code kataRonaldomenambahkan}, known misspellings),
 * never inside a quotation: quoted words are evidence and stay as the speaker's.
 */
public final class TextNormalizer {
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" +([,;:!?])(?=\\s|$|\\p{L})| +\\.(?=\\s|$)");
    // The patterns below look behind only once the character they match is found, and look at
    // the first letter before the word boundary: the scan passes most positions at once.
    private static final Pattern NO_SPACE_AFTER_PUNCT = Pattern.compile("([,;:!?])(?<=[\\p{L})][,;:!?])(?=\\p{L})");
    private static final Pattern GLUED_SENTENCE = Pattern.compile("\\.(?<=\\p{Ll}{2}[)\\p{Ll}]\\.)(?=\\p{Lu}\\p{Ll})");
    /** {@code DiKota}: the preposition glued to a capitalised place noun. */
    private static final Pattern GLUED_PREPOSITION = Pattern.compile("(?=[DdKk])\\b([Dd]i|[Kk]e|[Dd]ari)(?=(?:Kota|Kabupaten"
            + "|Desa|Kelurahan|Kecamatan|Provinsi|Jalan|Jl|Pulau|Gedung|Kampung|Dusun|Pasar|Kantor|Istana|Masjid"
            + "|Gereja|Bandara|Pelabuhan|Stasiun|Terminal|Wilayah|Daerah|Negara|Indonesia|Jakarta|Rumah|Sekolah)\\b)");
    private static final Map<String, String> TYPOS = loadTypos();
    private static final Pattern TYPO = Pattern.compile("(?iu)(?=[" + TYPOS.keySet().stream()
            .map(t -> "\\x{%x}".formatted(t.codePointAt(0))).distinct().sorted().collect(Collectors.joining())
            + "])\\b(" + String.join("|", TYPOS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")\\b");
    private static final List<String> FOLDED_TYPOS = TYPOS.keySet().stream()
            .map(t -> t.chars().mapToObj(c -> String.valueOf(fold((char) c))).collect(Collectors.joining())).toList();

    private TextNormalizer() {
    }

    /** Collapses whitespace and removes invisible characters: safe everywhere, quotes included. */
    public static String spacing(String s) {
        if (isSpaced(s)) return s; // most lines are: copying them a character at a time cost 3% of extraction
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) continue;
            if (isSpace(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) out.append(' ');
                out.append(c);
                pendingSpace = false;
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code spacing} would leave {@code s} as it is: no invisible character, and no
     * whitespace but single ASCII spaces between other characters. ASCII is judged without
     * {@link Character#isWhitespace}'s lookup.
     */
    private static boolean isSpaced(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i + 1) == ' ') return false;
            } else if (c < ' ' || (c >= 0x7F && (isInvisible(c) || isSpace(c)))) {
                return false; // ASCII's controls hold its other whitespace; DEL and above are judged by the rules
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Normalises one paragraph (or a title): spacing everywhere, punctuation and spelling outside quotes. */
    public static String paragraph(String raw) {
        String p = spacing(raw);
        List<Span> quoted = Quotations.regions(Quotations.hideNested(p));
        StringBuilder out = new StringBuilder(p.length() + 16);
        int at = 0;
        for (Span q : quoted) {
            appendOutside(out, p.substring(at, q.start()));
            if (needsSpaceBefore(out)) out.append(' ');
            out.append(p, q.start(), q.end());
            at = q.end();
        }
        String rest = p.substring(at);
        if (!out.isEmpty() && !rest.isEmpty() && Character.isLetter(rest.charAt(0))) out.append(' ');
        appendOutside(out, rest);
        return out.toString();
    }

    private static boolean needsSpaceBefore(StringBuilder out) {
        if (out.isEmpty()) return false;
        char last = out.charAt(out.length() - 1);
        return Character.isLetter(last) || last == ':' || last == ',';
    }

    // Each pattern runs only on text holding the pair of characters every one of its matches holds:
    // most paragraphs have no defect, and a plain scan for the pair is far cheaper than the pattern's.
    private static void appendOutside(StringBuilder out, String s) {
        if (s.isEmpty()) return;
        if (hasPair(s, " ", c -> ",;:!?.".indexOf(c) >= 0)) {
            s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll(m -> m.group(1) == null ? "." : m.group(1));
        }
        if (hasPair(s, ",;:!?", c -> Character.isLetter(c) || Character.isSurrogate((char) c))) {
            s = NO_SPACE_AFTER_PUNCT.matcher(s).replaceAll("$1 ");
        }
        if (hasPair(s, ".", c -> Character.isUpperCase(c) || Character.isSurrogate((char) c))) {
            s = GLUED_SENTENCE.matcher(s).replaceAll(". ");
        }
        if (hasPair(s, "ie", c -> c >= 'A' && c <= 'Z')) { // di|ke|dari, then a capitalised place noun
            String text = s;
            boolean paragraphStart = out.isEmpty();
            s = replace(GLUED_PREPOSITION, s, m -> (startsSentence(text, m.start(), paragraphStart)
                    ? m.group(1) : m.group(1).toLowerCase(Locale.ROOT)) + " ");
        }
        s = GluedWords.split(s);
        if (mayHoldTypo(s)) {
            s = replace(TYPO, s, m -> keepCase(m.group(1), TYPOS.get(m.group(1).toLowerCase(Locale.ROOT))));
        }
        out.append(s);
    }

    /** Whether a character of {@code firsts} stands right before one {@code next} accepts. */
    private static boolean hasPair(String s, String firsts, IntPredicate next) {
        for (int i = 0, last = s.length() - 1; i < last; i++) {
            if (firsts.indexOf(s.charAt(i)) >= 0 && next.test(s.charAt(i + 1))) return true;
        }
        return false;
    }

    /**
     * Whether {@code s} holds a listed misspelling in any letter case: {@link #TYPO} ignores case
     * as Unicode folds it, one character at a time ({@link #fold}), so a match is a listed
     * misspelling in the folded text.
     */
    private static boolean mayHoldTypo(String s) {
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) folded.append(fold(s.charAt(i)));
        String f = folded.toString();
        for (String typo : FOLDED_TYPOS) if (f.contains(typo)) return true;
        return false;
    }

    /** A character as a case-insensitive Unicode pattern compares it. */
    private static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@code DiKota} at a sentence start stays {@code Di Kota}; elsewhere it is {@code di Kota}. */
    private static boolean startsSentence(String s, int i, boolean paragraphStart) {
        String before = s.substring(0, i).stripTrailing();
        return before.isEmpty() ? paragraphStart : ".!?".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static String replace(Pattern p, String s, Function<MatchResult, String> f) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }

    /** Gives each word of the correction the capitalisation of the word it replaces. */
    private static String keepCase(String original, String replacement) {
        String[] was = original.split(" ");
        String[] now = replacement.split(" ");
        for (int i = 0; i < now.length; i++) {
            if (i < was.length && Character.isUpperCase(was[i].charAt(0))) {
                now[i] = Character.toUpperCase(now[i].charAt(0)) + now[i].substring(1);
            }
        }
        return String.join(" ", now);
    }

    private static Map<String, String> loadTypos() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : Lexicon.rows(TextNormalizer.class, "typos.tsv")) map.put(row[0], row[1]);
        return map;
    }
}
