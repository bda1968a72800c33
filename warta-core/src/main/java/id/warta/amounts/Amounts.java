package id.warta.amounts;

import id.warta.lexicon.Lexicon;
import id.warta.model.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds sums of money and percentages in Indonesian news text, with exact values: currency
 * before the number ({@code Rp 1,6 triliun}, {@code US$ 97,7 miliar}, {@code Rp7,3 M},
 * {@code Rp 600 (juta)}), after it ({@code 1,5 juta dolar AS}, {@code 177,10 yen}),
 * percentages ({@code 40 persen}, {@code -2,10%}, {@code minus 13%}, {@code empat persen}) and ranges
 * ({@code Rp 2–3 miliar}: value 2e9, upper 3e9). Counts, lengths and scores are not amounts.
 * Every pattern is linear: bounded repetitions, no nested quantifiers over the same text.
 */
public final class Amounts {
    private static final String PERCENT_UNIT = "PERCENT";
    private static final Vocabulary V = Vocabulary.load();
    private static final List<String> PREFIXES_LONGEST_FIRST = V.prefixes().keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList();
    /** The last characters of the currencies written before numbers: a number after anything else has none. */
    private static final String PREFIX_ENDINGS = V.prefixes().keySet().stream()
            .map(w -> w.substring(w.length() - 1)).distinct().collect(java.util.stream.Collectors.joining());

    private static final String RANGE = "\\s*(?:--|-|–|—|s\\.d\\.?|s/d|hingga|sampai(?:\\s+dengan)?)\\s*";
    private static final String WORDS = "\\b(?:" + Numerals.wordPattern() + ")(?:\\s+(?:" + Numerals.wordPattern()
            + ")){0,5}\\b";
    /** A scale word, which a flattened table may run into the next row's number ({@code Rp 4,9 juta10 gram: ...}). */
    private static final String SCALE = "(?:" + V.alternation(V.scales) + ")(?:an)?(?!\\p{L})";

    /** The scale after a number: {@code juta}, {@code (juta)}, or after a prefix currency {@code M}, {@code T}. */
    private static String scale(String i, boolean shortAllowed) {
        return "(?:\\s+(?<s" + i + ">" + SCALE + ")|\\s*\\(\\s*(?<p" + i + ">" + SCALE + ")\\s*\\)"
                + (shortAllowed ? "|\\s?(?<t" + i + ">" + V.alternationCaseSensitive(V.shortScales) + ")(?![\\p{L}\\d])" : "")
                + ")?";
    }

    private static final String PREFIX1 = "(?<![\\p{L}\\d$])(?<c1>" + V.alternation(V.prefixes) + ")\\s?";

    /**
     * A decimal comma typed with a space after it, or with its decimals lost, before a scale word
     * ({@code Rp4, 28 triliun}, {@code Rp48, triliun}): still the number's. A list of sums repeats its
     * currency ({@code Rp 5, Rp 10}), so after a currency a comma before a scale word lists nothing. A space typed
     * before the comma instead ({@code Rp 5 ,2 triliun}) leaves the decimals as plain: {@code b1}.
     */
    private static final String STRAY_DECIMAL = "(?:,(?:\\s(?<f1>\\d{1,3}))?(?=\\s+" + SCALE + ")|\\s,(?<b1>\\d{1,3})(?=\\s+"
            + SCALE + "))?";

    /**
     * {@code Rp 1,6 triliun}, {@code Rp 2–3 miliar}. {@code Rp 4,2 miliar hingga Rp 7,5 miliar} is two amounts,
     * each with its own currency.
     */
    private static final Pattern PREFIXED = Pattern.compile("(?iu)" + PREFIX1 + "(?<n1>" + Numerals.DIGITS_AFTER_CURRENCY + ")"
            + STRAY_DECIMAL + scale("1", true)
            + "(?:" + RANGE + "(?<n2>" + Numerals.DIGITS + ")" + scale("2", true) + ")?");
    /** {@code 1,5 juta dolar AS}, {@code dua juta rupiah}, {@code 177,10 yen}. */
    private static final Pattern SUFFIXED = Pattern.compile("(?iu)(?<n1>" + Numerals.DIGITS + "|" + WORDS + ")"
            + scale("1", false) + "(?:" + RANGE + "(?<n2>" + Numerals.DIGITS + "|" + WORDS + ")" + scale("2", false)
            + ")?\\s+(?<c1>" + V.alternation(V.suffixes) + ")(?![\\p{L}\\d])");
    /**
     * {@code euro 40 juta}, {@code dolar AS 5 miliar}: a currency word written before the number, as some writers
     * do; only with a scale word after the number, since a currency's word before a bare number is mostly no sum
     * ({@code Euro 2016}, {@code standar emisi Euro 4}).
     */
    private static final Pattern WORD_PREFIXED = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?<c1>" + V.alternation(V.suffixes)
            + ")\\s+(?<n1>" + Numerals.DIGITS + ")\\s+(?<s1>" + SCALE + ")(?:" + RANGE + "(?<n2>" + Numerals.DIGITS + ")"
            + scale("2", false) + ")?");
    /** How many words a currency's word written before its number may have ({@code dolar Amerika Serikat}). */
    private static final int MAX_CURRENCY_WORDS = 3;
    /**
     * The first words of the currencies' words ({@code dolar} of {@code dolar AS}), in lower case: {@link #WORD_PREFIXED}
     * is tried only where one opens, not before every number of the text.
     */
    private static final Set<String> CURRENCY_FIRST_WORDS = V.suffixes.keySet().stream()
            .map(s -> s.substring(0, leadingLetters(s))).collect(Collectors.toUnmodifiableSet());
    /** A sign written as a word before a percentage, and the word that makes it "about" instead. */
    private static final String MINUS = "minus", PLUS = "plus";
    /** {@code 40 persen}, {@code 2,3%}, {@code -2,10%}, {@code minus 13%}, {@code 2–3 persen}, {@code lima puluh persen}. */
    private static final Pattern PERCENT = Pattern.compile("(?iu)(?<sign>(?<=^|[\\s(\\[])(?:[-+−]|" + MINUS + "\\s+))?(?<n1>" + Numerals.DIGITS
            + "|" + WORDS + ")(?:(?<sep>" + RANGE + ")(?<n2>" + Numerals.DIGITS + "|" + WORDS + "))?\\s?(?:"
            + V.alternation(V.percents) + ")(?!tase)");

    private Amounts() {
    }

    /**
     * The amounts in {@code text}, in text order, none overlapping another. The patterns are tried
     * only where a number starts (digits or a number word), so the cost follows the numbers, not
     * the length of the text.
     */
    public static List<Amount> find(String text) {
        List<Amount> found = new ArrayList<>();
        Matcher prefixed = matcher(PREFIXED, text), suffixed = matcher(SUFFIXED, text), percent = matcher(PERCENT, text);
        Matcher wordPrefixed = matcher(WORD_PREFIXED, text);
        for (int start : numberStarts(text)) {
            int prefix = prefixStart(text, start);
            if (prefix >= 0) tryAt(prefixed, prefix, text, false, found);
            for (int word : currencyWordsBefore(text, start)) tryAt(wordPrefixed, word, text, false, found);
            tryAt(suffixed, start, text, false, found);
            tryAt(percent, start, text, true, found);
            if (start > 0 && "-+−".indexOf(text.charAt(start - 1)) >= 0) tryAt(percent, start - 1, text, true, found);
            int minus = minusWordStart(text, start);
            if (minus >= 0) tryAt(percent, minus, text, true, found);
        }
        found.sort(Comparator.comparingInt(Amount::start).thenComparing(a -> -(a.end() - a.start())));
        List<Amount> kept = new ArrayList<>(found.size());
        int end = 0;
        for (Amount a : found) {
            if (a.start() >= end) {
                kept.add(a);
                end = a.end();
            }
        }
        return kept;
    }

    /**
     * Where the word {@code minus} written before the number at {@code number} starts ({@code tumbuh minus 13%}),
     * or -1; in {@code plus minus 1%} it says "about", no sign.
     */
    private static int minusWordStart(String text, int number) {
        int end = number;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int s = end - MINUS.length();
        if (end == number || s < 0 || !text.regionMatches(true, s, MINUS, 0, MINUS.length())
                || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) return -1;
        int before = s;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) before--;
        int p = before - PLUS.length();
        boolean plus = p >= 0 && text.regionMatches(true, p, PLUS, 0, PLUS.length()) && (p == 0 || !Character.isLetter(text.charAt(p - 1)));
        return plus ? -1 : s;
    }

    private static Matcher matcher(Pattern p, String text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static void tryAt(Matcher m, int at, String text, boolean percent, List<Amount> out) {
        m.region(at, text.length());
        if (m.lookingAt()) read(m, text, percent).ifPresent(out::add);
    }

    /** Where numbers start: a digit not inside a longer number, or a number word. */
    private static List<Integer> numberStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                // "Rp.250.000": a dot after a letter may end the currency written just before the number
                boolean currencyDot = before == '.' && i >= 2 && isLetter(text.charAt(i - 2));
                if (!(before >= '0' && before <= '9') && (before != '.' || currencyDot) && before != ',') starts.add(i);
            } else if (isLetter(c) && (i == 0 || !isLetter(text.charAt(i - 1)) && !Character.isDigit(text.charAt(i - 1)))) {
                int e = i;
                while (e < n && isLetter(text.charAt(e))) e++;
                if (Numerals.isWord(text, i, e)) starts.add(i);
                i = e - 1;
            }
        }
        return starts;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /**
     * Where a currency's word among the up to {@value #MAX_CURRENCY_WORDS} words before the number at {@code number}
     * may open, nearest first, when a letter ends the text just before it ({@code euro 40 juta}).
     */
    private static List<Integer> currencyWordsBefore(String text, int number) {
        List<Integer> starts = new ArrayList<>(MAX_CURRENCY_WORDS);
        int end = number;
        for (int words = 0; words < MAX_CURRENCY_WORDS; words++) {
            int e = end;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e == end || e == 0 || !isLetter(text.charAt(e - 1))) break;
            int s = e;
            while (s > 0 && isLetter(text.charAt(s - 1))) s--;
            if (CURRENCY_FIRST_WORDS.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) starts.add(s);
            end = s;
        }
        return starts;
    }

    /** How many letters {@code s} opens with. */
    private static int leadingLetters(String s) {
        int n = 0;
        while (n < s.length() && isLetter(s.charAt(n))) n++;
        return n;
    }

    /** The start of a currency written just before the number at {@code number} ({@code Rp}, {@code US$ }), or -1. */
    private static int prefixStart(String text, int number) {
        int end = number;
        if (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == 0 || PREFIX_ENDINGS.indexOf(Character.toLowerCase(text.charAt(end - 1))) < 0) return -1;
        for (String prefix : V.prefixesLongestFirst()) {
            int s = end - prefix.length();
            if (s >= 0 && text.regionMatches(true, s, prefix, 0, prefix.length())) return s;
        }
        return -1;
    }

    /** The amount a match denotes; a range whose bounds are out of order keeps only its upper part. */
    private static Optional<Amount> read(Matcher m, String text, boolean percent) {
        String f1 = hasGroup(m, "f1") ? m.group("f1") : null;
        if (f1 == null && hasGroup(m, "b1")) f1 = m.group("b1");
        String unit = percent ? PERCENT_UNIT : V.currency(m.group("c1"));
        BigDecimal scale1 = percent ? null : scaleOf(m, "1");
        BigDecimal scale2 = percent || m.group("n2") == null ? null : scaleOf(m, "2");
        Optional<BigDecimal> n1 = f1 != null ? number(m.group("n1") + "," + f1)
                : percent ? number(m.group("n1")) : money(m.group("n1"), scale1 != null ? scale1 : scale2);
        if (n1.isEmpty()) return Optional.empty();
        BigDecimal lowerScale = scale1 != null ? scale1 : scale2 != null ? scale2 : BigDecimal.ONE;
        BigDecimal upperScale = scale2 != null ? scale2 : lowerScale;
        BigDecimal sign = percent && m.group("sign") != null && !m.group("sign").equals("+")
                ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        BigDecimal value = n1.get().multiply(lowerScale).multiply(sign);
        BigDecimal upper = null;
        if (m.group("n2") != null) {
            Optional<BigDecimal> n2 = percent ? number(m.group("n2")) : money(m.group("n2"), scale2 != null ? scale2 : scale1);
            if (n2.isEmpty()) return Optional.empty();
            upper = n2.get().multiply(upperScale).multiply(sign);
            if (upper.compareTo(value) <= 0) return Optional.of(secondOnly(m, text, n2.get().multiply(upperScale), unit));
        }
        return Optional.of(new Amount(m.group(), m.start(), m.end(), plain(value), unit,
                upper == null ? null : plain(upper)));
    }

    /**
     * Bounds out of order are no range: in a flattened table ({@code 177,10-2,10%}) a dash glued to the
     * second number is its minus sign; otherwise ({@code 2019 - 2,5%}) the second number stands alone.
     */
    private static Amount secondOnly(Matcher m, String text, BigDecimal n2, String unit) {
        boolean signed = unit.equals(PERCENT_UNIT) && m.group("sep").equals("-");
        int start = signed ? m.start("sep") : m.start("n2");
        return new Amount(text.substring(start, m.end()), start, m.end(), plain(signed ? n2.negate() : n2), unit, null);
    }

    private static Optional<BigDecimal> number(String s) {
        if (s == null) return Optional.empty();
        return Character.isDigit(s.charAt(0)) ? Numerals.digits(s) : Numerals.words(s);
    }

    /** One comma and three digits after it ({@code 4,000}): no money has thousandths, so the comma groups thousands. */
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3},\\d{3}");

    /**
     * A sum's number ({@code US$ 4,000} = 4000, written the English way); with a scale word after it the comma stays a
     * decimal one ({@code Rp 1,250 triliun}), as it does in a percentage ({@code 4,125%}).
     */
    private static Optional<BigDecimal> money(String s, BigDecimal scale) {
        if (scale == null && s != null && THOUSANDS_COMMA.matcher(s).matches()) return Optional.of(new BigDecimal(s.replace(",", "")));
        return number(s);
    }

    private static BigDecimal scaleOf(Matcher m, String i) {
        String word = m.group("s" + i);
        if (word == null) word = m.group("p" + i);
        if (word == null && hasGroup(m, "t" + i)) word = m.group("t" + i);
        return word == null ? null : V.scale(word);
    }

    /** Each pattern's named groups, read once: {@code Pattern.namedGroups()} copies its map on every call. */
    private static final Map<Pattern, Set<String>> GROUPS = Map.of(
            PREFIXED, PREFIXED.namedGroups().keySet(), SUFFIXED, SUFFIXED.namedGroups().keySet(),
            PERCENT, PERCENT.namedGroups().keySet(), WORD_PREFIXED, WORD_PREFIXED.namedGroups().keySet());

    private static boolean hasGroup(Matcher m, String name) {
        return GROUPS.get(m.pattern()).contains(name);
    }

    /** Exact, without exponent or trailing zeros: {@code 97700000000}, {@code 2.1}. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The spellings of {@code units.tsv}, by kind. */
    private record Vocabulary(Map<String, String> prefixes, Map<String, String> suffixes, Map<String, String> scales,
                              Map<String, String> shortScales, Map<String, String> percents) {
        static Vocabulary load() {
            Map<String, Map<String, String>> byKind = new HashMap<>();
            for (String[] row : Lexicon.rows(Amounts.class, "units.tsv")) {
                String key = row[0].equals("short-scale") ? row[1] : row[1].toLowerCase(Locale.ROOT);
                byKind.computeIfAbsent(row[0], k -> new HashMap<>()).put(key, row.length > 2 ? row[2] : "");
            }
            return new Vocabulary(byKind.get("prefix"), byKind.get("suffix"), byKind.get("scale"),
                    byKind.get("short-scale"), byKind.get("percent"));
        }

        List<String> prefixesLongestFirst() {
            return PREFIXES_LONGEST_FIRST;
        }

        String currency(String spelling) {
            String key = spelling.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String code = prefixes.get(key);
            return code != null ? code : suffixes.get(key);
        }

        BigDecimal scale(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            String v = shortScales.containsKey(word) ? shortScales.get(word)
                    : scales.getOrDefault(w, scales.get(w.endsWith("an") ? w.substring(0, w.length() - 2) : w));
            return new BigDecimal(v);
        }

        /** Case-insensitive alternation, longest first, spaces matching any whitespace. */
        String alternation(Map<String, String> spellings) {
            return spellings.keySet().stream().sorted((a, b) -> b.length() - a.length())
                    .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|"));
        }

        String alternationCaseSensitive(Map<String, String> spellings) {
            return "(?-i:" + alternation(spellings) + ")";
        }
    }
}
