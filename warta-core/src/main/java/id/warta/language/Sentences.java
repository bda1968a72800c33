package id.warta.language;

import id.warta.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences: at {@code .!?} followed by a space and a capital (or an
 * opening quote), and at paragraph breaks; not after abbreviations and titles
 * ({@code Dr.}, {@code Jl.}, {@code No.}, {@code S.H.}) or inside numbers.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "drs", "dra", "prof", "ir", "h", "hj", "jl", "no",
            "kab", "kec", "kel", "sdr", "bpk", "ny", "tn", "st", "mr", "mrs", "ms", "jr", "sr", "vs", "dll", "dsb",
            "tsb", "a.n", "u.p", "s.h", "m.si", "s.e", "s.pd", "m.h", "m.m", "s.t", "s.kom", "ph.d", "kh", "tgl",
            "hlm", "mt", "pt", "cv", "tbk", "co", "inc", "ltd", "corp", "gen", "let", "kol", "brig", "mayjen",
            "letjen", "jend", "kompol", "akbp", "ipda", "iptu", "aiptu", "bripka", "brigpol");

    private Sentences() {
    }

    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = skipSpace(text, 0), n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                start = add(sentences, text, start, i);
                continue;
            }
            if (c != '.' && c != '!' && c != '?') continue;
            int end = i + 1;
            while (end < n && ".!?\"”’')".indexOf(text.charAt(end)) >= 0) end++;
            if (end >= n || !Character.isWhitespace(text.charAt(end))) continue;
            int next = skipSpace(text, end);
            if (next >= n) break;
            char after = text.charAt(next);
            if (!(Character.isUpperCase(after) || Character.isDigit(after) || after == '"' || after == '“')) continue;
            if (c == '.' && isAbbreviation(text, i)) continue;
            start = add(sentences, text, start, end);
            i = start - 1;
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static int add(List<Span> sentences, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > start) sentences.add(new Span(start, e));
        return skipSpace(text, end);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** Whether the period at {@code dot} ends an abbreviation or an initial ({@code Dr.}, {@code S.H.}, {@code J.}). */
    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }
}
