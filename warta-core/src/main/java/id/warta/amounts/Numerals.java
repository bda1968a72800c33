package id.warta.amounts;

import id.warta.lexicon.Lexicon;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads numbers as Indonesian news writes them: {@code 97,7} (decimal comma), {@code 1.549}
 * (thousands dot), {@code 1,549.5} (English, read only when unambiguous), and number words
 * ({@code empat}, {@code lima puluh}, {@code dua belas}).
 */
final class Numerals {
    private record Word(BigDecimal value, String kind) {
    }

    private static final Map<String, Word> WORDS = load();
    /** The number words by length, so a word of the text is compared without copying it. */
    private static final List<String>[] BY_LENGTH = Lexicon.byLength(WORDS.keySet());
    /** The second letters of the number words: most words of the text fail on this alone. */
    private static final String OPENINGS = WORDS.keySet().stream().map(w -> w.substring(1, 2)).distinct()
            .collect(Collectors.joining());
    private static final Pattern INDONESIAN_GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+\\.\\d+|\\d{1,3}(?:,\\d{3}){2,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(?:,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d+");

    /** One number in digits, in any of the accepted notations, not followed by more of it. */
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+\\.\\d+|\\d{1,3}(?:,\\d{3}){2,}"
            + "|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+\\.\\d{1,2}(?!\\d)|\\d+(?:,\\d+)?)(?![.,]?\\d)";

    /** Regex for one number in digits, in any of the accepted notations; never part of a longer digit run. */
    static final String DIGITS = "(?<![\\d.,])" + NUMBER;
    /**
     * {@link #DIGITS} right after a currency, which may end in its own dot ({@code Rp.250.000}): a dot after a letter
     * there is the currency's, not part of a longer number.
     */
    static final String DIGITS_AFTER_CURRENCY = "(?<![\\d,])(?<!\\d\\.)" + NUMBER;

    private Numerals() {
    }

    /** Whether {@code text[start, end)} is a number word ({@code lima}, {@code Sepuluh}). */
    static boolean isWord(String text, int start, int end) {
        if (end - start >= BY_LENGTH.length) return false;
        List<String> sameLength = BY_LENGTH[end - start];
        if (sameLength == null || OPENINGS.indexOf(Character.toLowerCase(text.charAt(start + 1))) < 0) return false;
        for (String w : sameLength) if (text.regionMatches(true, start, w, 0, w.length())) return true;
        return false;
    }

    /** Regex alternation of the number words, longest first. */
    static String wordPattern() {
        return WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** The value of a number written in digits, or empty when its notation is not one we read. */
    static Optional<BigDecimal> digits(String s) {
        String plain;
        if (INDONESIAN_GROUPED.matcher(s).matches()) plain = s.replace(".", "").replace(',', '.');
        else if (ENGLISH_GROUPED.matcher(s).matches()) plain = s.replace(",", "");
        else if (DECIMAL_COMMA.matcher(s).matches()) plain = s.replace(',', '.');
        else if (DECIMAL_POINT.matcher(s).matches()) plain = s;
        else return Optional.empty();
        return Optional.of(new BigDecimal(plain));
    }

    /** The value of number words ({@code dua ratus lima puluh} = 250), or empty when they do not form one. */
    static Optional<BigDecimal> words(String s) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal unit = null;
        for (String w : s.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            Word word = WORDS.get(w);
            if (word == null) return Optional.empty();
            switch (word.kind()) {
                case "unit" -> {
                    if (unit != null) total = total.add(unit);
                    unit = word.value();
                }
                case "whole" -> {
                    if (unit != null) total = total.add(unit);
                    unit = null;
                    total = total.add(word.value());
                }
                default -> { // belas, puluh, ratus combine with the unit word just before
                    if (unit == null) return Optional.empty();
                    total = total.add(word.kind().equals("belas") ? unit.add(word.value()) : unit.multiply(word.value()));
                    unit = null;
                }
            }
        }
        if (unit != null) total = total.add(unit);
        return total.signum() == 0 ? Optional.empty() : Optional.of(total);
    }

    private static Map<String, Word> load() {
        Map<String, Word> map = new HashMap<>();
        for (String[] row : Lexicon.rows(Numerals.class, "numerals.tsv")) {
            map.put(row[0], new Word(new BigDecimal(row[1]), row[2]));
        }
        return Map.copyOf(map);
    }
}
