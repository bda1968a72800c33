package id.warta.entities;

import id.warta.extract.Outlets;
import id.warta.lexicon.Lexicon;
import id.warta.model.Located;
import id.warta.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Stretches of body text that are the portal's, not the story's, when extraction left them
 * in: credit tails ({@code Pewarta: ... Editor: ... Copyright © ANTARA}) to the end of their
 * paragraph, a reporter's credit before the dateline ({@code Laporan Wartawan ..., Name}), and
 * inline teasers ({@code Baca juga: ...}) to the end of their sentence, and a photo's credit
 * ({@code ANTARA/M Riezko Prasetyo}, {@code Bisnis/Abdullah Azzam}: a known outlet, a slash, the
 * photographer's name) left from a caption, and a closing credit of initials and agencies ({@code ha/gtp (Reuters)}),
 * and a bracketed credit of an outlet and its writer right after a sentence's stop ({@code ... bohong. (Intisari/Rina
 * Sari)}), whatever the outlet.
 * Names there are not the article's entities.
 */
final class Boilerplate {
    // Each is tried only where one of the words its matches open with stands (the scan passes every other position at once).
    private static final Pattern CREDITS = Pattern.compile(
            "(?:\\b(?:Pewarta|Editor|Penerjemah|Reporter|Penulis|Redaktur)\\s?:|Copyright\\s?©|©\\s?\\d{4})");
    private static final Openings CREDITS_OPENS = new Openings(false,
            "Pewarta", "Editor", "Penerjemah", "Reporter", "Penulis", "Redaktur", "Copyright", "©");
    /**
     * A reporter's credit opening the body, before the dateline ({@code Laporan Wartawan Tribunnews.com, Rina
     * Sari TRIBUNNEWS.COM, JAKARTA -}): the credit's words and the reporter's name, written in capitalised words
     * or initials, to the shouted dateline or the end of the name. The outlet is named again in the dateline.
     */
    private static final Pattern REPORTER = Pattern.compile(
            "(?i:Laporan\\s+(?:Wartawan|Reporter|Koresponden|Kontributor|Jurnalis))\\b[^,\\n]{0,60},"
            + "(?:[ \\t]+(?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.?)(?=[\\s,]|$))+");
    private static final Openings REPORTER_OPENS = new Openings(true, "laporan");
    /**
     * A known outlet in any case ({@code KOMPAS.COM}), {@code FOTO} at most, a slash, then the photographer's capitalised
     * words or initials ({@code KOMPAS.com/DINO OKTAVIANO}): only the name is covered. A credit may be glued to the
     * sentence before it ({@code ... olahraga.KOMPAS.com/...}): a full stop after a lower-case letter, a capital after it.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?:(?<![\\p{L}\\p{N}.])|(?<=\\p{Ll}\\.)(?=\\p{Lu}))(?i:"
            + String.join("|", Outlets.writtenForms().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
            + ")(?: FOTO| Foto)?(/(?:\\p{Lu}[\\p{L}'’.-]*)(?: \\p{Lu}[\\p{L}'’.-]*)*)");
    private static final Openings PHOTO_CREDIT_OPENS = new Openings(true, Outlets.writtenForms().toArray(String[]::new));
    /** How far from its start a photo credit's slash stands at most: after the longest outlet and {@code " FOTO"}. */
    private static final int PHOTO_SLASH_REACH = Lexicon.longest(Outlets.writtenForms()) + " FOTO".length();
    private static final Pattern TEASER = Pattern.compile("(?i)\\bBaca(?: juga)?\\s?:");
    private static final Openings TEASER_OPENS = new Openings(true, "baca");
    /**
     * The writers' initials and the agencies a story draws on, closing its paragraph ({@code ha/gtp (Reuters)}, {@code
     * ml/ap (dpa, SID)}; Deutsche Welle's stories end so): the agencies are the story's sources, not its entities.
     */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("(?<!\\p{L})\\p{Ll}{2,4}(?:/\\p{Ll}{2,4})+ ?\\([^()\\n]{1,40}\\)\\s*$");
    /**
     * The writer's name alone in brackets closing a paragraph, after its last sentence's stop ({@code ... naik 5 persen.
     * (Rina Sari)}; tribun and kontan stories end so): the byline, not a person of the story.
     */
    private static final Pattern CLOSING_BYLINE = Pattern.compile(
            "(?<=[.!?\"”])\\s*\\((\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’.-]*){1,3})\\)\\s*$");
    /**
     * An outlet's one word, a slash and its writer's capitalised words or initials, in brackets right after a sentence's
     * stop ({@code . (Intisari/Rina Sari)}, {@code " (TribunTravel.com/Ani)}): tribun stories credit the sister outlet's
     * writer so, mid-paragraph when the repost line follows. Tried at each bracket a slash stands in (few texts have one).
     */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "\\(\\p{Lu}[\\p{L}\\p{N}.-]*/\\p{Lu}[\\p{L}'’-]*\\.?(?: \\p{Lu}[\\p{L}'’.-]*){0,3}\\)");
    /** How far before its slash a bracketed credit's bracket stands at most. */
    private static final int CREDIT_SLASH_REACH = 30;
    /** How far before a paragraph's end a closing credit may open. */
    private static final int CLOSING_CREDIT_REACH = 60;
    /** What ends a paragraph in the clean text. */
    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final BitSet ANY_OPENING = union(CREDITS_OPENS, REPORTER_OPENS, PHOTO_CREDIT_OPENS, TEASER_OPENS);

    private final Occupied regions;

    private Boilerplate(List<Span> regions) {
        this.regions = new Occupied(regions);
    }

    static Boilerplate of(String text, List<Sentence> sentences) {
        List<Span> regions = new ArrayList<>();
        Matcher credits = matcher(CREDITS, text), reporter = matcher(REPORTER, text),
                photo = matcher(PHOTO_CREDIT, text), teaser = matcher(TEASER, text);
        int s = 0;
        int slash = text.indexOf('/'); // the first slash from p on, or -1
        // One pass for the four patterns: most characters open none of their words.
        for (int p = 0; p < text.length(); p++) {
            if (!ANY_OPENING.get(text.charAt(p))) continue;
            if (slash >= 0 && slash < p) slash = text.indexOf('/', p);
            if (matchesAt(credits, CREDITS_OPENS, text, p)) {
                int end = text.indexOf(PARAGRAPH_BREAK, p);
                regions.add(new Span(p, end < 0 ? text.length() : end));
            }
            if (matchesAt(reporter, REPORTER_OPENS, text, p)) regions.add(new Span(p, reporter.end()));
            // most capitals have no slash near after them: the outlets' spellings are not compared there
            boolean slashNear = slash >= 0 && slash - p <= PHOTO_SLASH_REACH;
            if (slashNear && !followsNameCharacter(text, p) && matchesAt(photo, PHOTO_CREDIT_OPENS, text, p)) {
                regions.add(new Span(photo.start(1), photo.end(1)));
            }
            if (matchesAt(teaser, TEASER_OPENS, text, p)) {
                while (s < sentences.size() && sentences.get(s).end() <= p) s++;
                int end = s < sentences.size() ? sentences.get(s).end() : text.length();
                regions.add(new Span(p, Math.max(end, teaser.end())));
            }
        }
        closingCredits(text, regions);
        bracketedCredits(text, regions);
        return new Boilerplate(regions);
    }

    /**
     * Adds to {@code regions} each paragraph's closing credit or byline: only the last characters of each paragraph are
     * read. The body's last paragraph is one in the fields' text too, the title after it.
     */
    private static void closingCredits(String text, List<Span> regions) {
        Matcher m = CLOSING_CREDIT.matcher(text).useTransparentBounds(true);
        Matcher byline = CLOSING_BYLINE.matcher(text).useTransparentBounds(true);
        for (int from = 0; from < text.length(); ) {
            int end = text.indexOf(PARAGRAPH_BREAK, from);
            if (end < 0) end = text.length();
            int start = Math.max(from, end - CLOSING_CREDIT_REACH);
            if (closesWithBracket(text, start, end)) {
                if (m.region(start, end).find()) regions.add(new Span(m.start(), m.end()));
                else if (byline.region(start, end).find()) regions.add(new Span(byline.start(1), byline.end(1)));
            }
            from = end + PARAGRAPH_BREAK.length();
        }
    }

    /** Adds to {@code regions} each {@link #BRACKETED_CREDIT} after a sentence's stop, found from the slashes. */
    private static void bracketedCredits(String text, List<Span> regions) {
        Matcher m = BRACKETED_CREDIT.matcher(text);
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            int open = text.lastIndexOf('(', slash);
            if (open < 1 || slash - open > CREDIT_SLASH_REACH || text.lastIndexOf(')', slash) > open) continue;
            int before = open - 1;
            if (text.charAt(before) == ' ' && before > 0) before--;
            if (".!?\"”".indexOf(text.charAt(before)) < 0) continue;
            if (m.region(open, text.length()).lookingAt()) regions.add(new Span(open, m.end()));
        }
    }

    /**
     * Whether {@code text[start, end)} ends with {@code )}, but for blanks and line breaks after it: every closing credit
     * does ({@code \\s*$} after its bracket, {@code $} also before a last line break), most paragraphs do not (a full
     * stop), and this look at their last characters spares the pattern's search through them.
     */
    private static boolean closesWithBracket(String text, int start, int end) {
        int e = end;
        while (e > start && isBlankOrBreak(text.charAt(e - 1))) e--;
        return e > start && text.charAt(e - 1) == ')';
    }

    /** What {@code \\s} (ASCII's blanks) or a line break for {@code $} ({@code \\R}'s, past ASCII too) is. */
    private static boolean isBlankOrBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /** A matcher for {@link #matchesAt}: its word boundaries see the text before the position tried. */
    private static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Whether {@code m}'s pattern, every match of which opens with one of {@code opens}' words, matches at
     * {@code p}, as {@link Matcher#find()} would find it: tried where one of the words stands only, and
     * not inside the pattern's last match.
     */
    private static boolean matchesAt(Matcher m, Openings opens, String text, int p) {
        if (m.hasMatch() && p < m.end() || !opens.at(text, p)) return false;
        m.region(p, text.length());
        return m.lookingAt();
    }

    /**
     * Where the photo credit's look-behind fails: after a letter, digit or full stop, but for a full stop after a
     * lower-case letter before a capital (a sentence's end the credit is glued to).
     */
    private static boolean followsNameCharacter(String text, int p) {
        if (p == 0) return false;
        char c = text.charAt(p - 1);
        if (c == '.') return p < 2 || !Character.isLowerCase(text.charAt(p - 2)) || !Character.isUpperCase(text.charAt(p));
        return Character.isLetterOrDigit(c);
    }

    /**
     * The words a pattern's matches open with, as written or ({@code ignoreCase}) in any case: a superset of
     * where the pattern may match, as its {@code (?i)} folds ASCII letters only. Most positions are passed by
     * one bit of {@code firstChars} (the words' first characters, in both cases when ignoring case); the rest
     * compare only the words opening with their character ({@code byFirst}: the photo credit has some 200
     * outlets' spellings, and comparing them all at every capital was a third of the analysis).
     */
    private record Openings(boolean ignoreCase, BitSet firstChars, String[][] byFirst) {
        Openings(boolean ignoreCase, String... words) {
            this(ignoreCase, firstChars(ignoreCase, words), byFirst(ignoreCase, words));
        }

        private static BitSet firstChars(boolean ignoreCase, String... words) {
            BitSet first = new BitSet();
            for (String w : words) firsts(ignoreCase, w).forEach(first::set);
            return first;
        }

        /** By first character (an array, not a map: asked at every position a first character passes), the words opening so. */
        private static String[][] byFirst(boolean ignoreCase, String... words) {
            Map<Character, List<String>> byFirst = new HashMap<>();
            for (String w : words) firsts(ignoreCase, w).forEach(c -> byFirst.computeIfAbsent((char) c, k -> new ArrayList<>()).add(w));
            String[][] table = new String[firstChars(ignoreCase, words).length()][];
            byFirst.forEach((c, list) -> table[c] = list.toArray(String[]::new));
            return table;
        }

        /** The characters {@code word} may open with in the text: its first, and that in either case when ignoring case. */
        private static IntStream firsts(boolean ignoreCase, String word) {
            char c = word.charAt(0);
            return (ignoreCase ? IntStream.of(c, Character.toLowerCase(c), Character.toUpperCase(c)) : IntStream.of(c)).distinct();
        }

        /** Whether one of the words stands at {@code p} of {@code text}. */
        boolean at(String text, int p) {
            char c = text.charAt(p);
            if (!firstChars.get(c)) return false;
            for (String w : byFirst[c]) if (text.regionMatches(ignoreCase, p, w, 0, w.length())) return true;
            return false;
        }
    }

    private static BitSet union(Openings... openings) {
        BitSet any = new BitSet();
        for (Openings o : openings) any.or(o.firstChars());
        return any;
    }

    boolean covers(Located f) {
        return regions.overlaps(f);
    }
}
