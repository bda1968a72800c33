package id.warta.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stock codes listed together ({@code saham BMRI, BBRI, TLKM, dan ASII}): four capitals each, as the
 * Indonesia Stock Exchange writes them, three or more in one list. They name securities, not the companies,
 * as an index or a bond is no body; the tagger reads some of them as organisations. A list holding a name
 * the lexicon knows ({@code BNPB, BPBD, dan BMKG}) is a list of bodies and stays, unless each code carries its day's
 * price change ({@code top gainers: BMSR (27,7%), KONI (25%), dan NICK (12%)}), which only a stock has. A code the
 * sentence calls one ({@code bank dengan sandi saham BBNI}, {@code emiten berkode BBKP}) is a security too, alone as well.
 */
final class StockCodes {
    /** Letters of a stock code, all capitals ({@code BBRI}). */
    static final int LETTERS = 4;
    private static final String CODE = "\\b\\p{Lu}{" + LETTERS + "}\\b";
    /** A day's price change in brackets after a code ({@code BMSR (27,7%)}, {@code OCAP (-24,4%)}). */
    private static final String CHANGE = "(?:\\s*\\(\\s*[-+]?\\d[\\d.,]*\\s*%\\s*\\))";
    private static final String LISTED_CODE = CODE + CHANGE + "?";
    private static final Pattern LIST = Pattern.compile(LISTED_CODE
            + "(?:(?:\\s*,\\s*(?:dan\\s+|serta\\s+|atau\\s+)?|\\s+(?:dan|serta|atau)\\s+)" + LISTED_CODE + "){2,}");
    private static final Pattern ONE = Pattern.compile(CODE);
    /** The words calling the code after them a stock code: {@code kode saham}, {@code sandi emiten}, {@code berkode}. */
    private static final Pattern CALLED = Pattern.compile(
            "(?iu)\\b(?:(?:kode|sandi)\\s+(?:saham|emiten)|berkode(?:\\s+saham)?)\\s+(?-i:(" + CODE + "))");
    /** The words {@link #CALLED} opens with. */
    private static final List<String> CALLING_WORDS = List.of("kode", "sandi", "berkode");
    /** Their first letters in lower case: an ASCII character that is none of them in either case opens none. */
    private static final String CALLING_FIRSTS = CALLING_WORDS.stream().map(w -> w.substring(0, 1)).collect(Collectors.joining());

    private StockCodes() {
    }

    /** Drops from {@code found} the names that are one code of such a list in {@code text}. */
    static void drop(String text, List<Found> found) {
        List<int[]> codes = new ArrayList<>();
        for (MatchResult list : matches(LIST, text, StockCodes::codeAt)) {
            List<int[]> inList = new ArrayList<>();
            Matcher one = ONE.matcher(text).region(list.start(), list.end());
            boolean listed = false;
            while (one.find()) {
                listed |= EntityLexicon.INSTANCE.aliases.containsKey(one.group());
                inList.add(new int[] {one.start(), one.end()});
            }
            // codes carrying their price changes are stocks even where one spells a body's short form (KONI)
            if (!listed || list.group().contains("%)")) codes.addAll(inList);
        }
        for (MatchResult called : matches(CALLED, text, StockCodes::callingWordAt)) {
            codes.add(new int[] {called.start(1), called.end(1)});
        }
        if (codes.isEmpty()) return;
        found.removeIf(f -> codes.stream().anyMatch(c -> c[0] == f.start() && c[1] == f.end()));
    }

    /** Where a match may open: a cheap test the start of every match passes. */
    @FunctionalInterface
    private interface Opening {
        boolean at(String text, int p);
    }

    /**
     * Whether four capitals stand at {@code p}, as a list opens: each of the four characters a capital or half of
     * one outside the Basic Multilingual Plane.
     */
    private static boolean codeAt(String text, int p) {
        if (p + LETTERS > text.length() || afterAsciiLetter(text, p)) return false;
        for (int i = p; i < p + LETTERS; i++) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isSurrogate(c)) return false;
        }
        return true;
    }

    /**
     * Whether a calling word stands at {@code p} in any case: {@code regionMatches} folds case as {@code (?iu)} does
     * (the Kelvin sign is a {@code k}), so it passes every match. Most characters open none of the words.
     */
    private static boolean callingWordAt(String text, int p) {
        char c = text.charAt(p);
        if (c < 0x80) { // an ASCII letter opens one word at most, and only a word's start (\b): not after a letter
            int k = CALLING_FIRSTS.indexOf(Character.toLowerCase(c));
            if (k < 0 || afterAsciiLetter(text, p)) return false;
            String w = CALLING_WORDS.get(k);
            return text.regionMatches(true, p, w, 0, w.length());
        }
        for (String w : CALLING_WORDS) if (text.regionMatches(true, p, w, 0, w.length())) return true;
        return false;
    }

    /**
     * Whether an ASCII letter stands before {@code p}, which holds an ASCII letter too: no {@code \b} lies between two
     * such, whether the pattern's word characters are ASCII's or all letters and digits.
     */
    private static boolean afterAsciiLetter(String text, int p) {
        if (p == 0 || text.charAt(p) >= 0x80) return false;
        char b = text.charAt(p - 1);
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    /**
     * The matches {@link Matcher#find()} gives of {@code pattern}, whose every match opens where {@code opening}
     * says one may: tried only there, not at every position of the text. Bounds are transparent, so the word
     * boundary at a match's start sees the character before it, as a plain search does.
     */
    private static List<MatchResult> matches(Pattern pattern, String text, Opening opening) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = 0; p < text.length(); p++) {
            if (opening.at(text, p) && m.region(p, text.length()).lookingAt()) {
                out.add(m.toMatchResult());
                p = m.end() - 1; // matches are never empty: find() goes on at the end of this one
            }
        }
        return out;
    }
}
