package id.warta.eval;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a page writes a given day anywhere, its markup and scripts included, or in its
 * address: the test of the date score's second figure, which counts only the pages that carry
 * their gold publication day. A day is written when day, month and year stand together in one of
 * the forms pages use:
 * <ul>
 *   <li>numbers, the year first ({@code 2024-03-09}, {@code 2024/3/9}, {@code 20240309}), last
 *       ({@code 09.03.2024}, {@code 9/3/2024}, {@code 09 | 03 | 2024}, and month first, {@code 3/9/2024})
 *       or short ({@code 09.03.24});</li>
 *   <li>the month's name or its abbreviation in one of {@link #LANGUAGES}, before or after the day
 *       ({@code 9. März 2024}, {@code 9 de marzo de 2024}, {@code Mar. 9th, 2024});</li>
 *   <li>the CJK forms {@code 2024年3月9日} and {@code 2024년 3월 9일}.</li>
 * </ul>
 * The test is lenient: {@code 3/9/2024} counts for 3 September as for 9 March, and a day written
 * for another item of the page (a related article, a tracking parameter) counts too. A page is
 * left out of the figure only when the day is nowhere on it.
 */
final class WrittenDay {
    /** Languages whose month names are looked for. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "id", "ms", "fi", "sv", "da",
            "nb", "pl", "cs", "sk", "hu", "ro", "tr", "ca", "hr", "sl", "et", "lv", "lt", "ru", "uk", "el");
    /** Each month's names, as alternatives ({@link #monthNames}). */
    private static final Map<Month, String> MONTH_NAMES = Arrays.stream(Month.values())
            .collect(Collectors.toMap(m -> m, WrittenDay::monthNames, (a, b) -> a, () -> new EnumMap<>(Month.class)));
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    /** A space, the no-break and thin spaces included. */
    private static final String SPACE = "[\\s\\p{Zs}]";
    /** What separates the parts of a date in numbers, the year last: {@code 9.3.2024}, {@code 4.&thinsp;2.&thinsp;2022}, {@code 26 | 01 | 2022}. */
    private static final String PART = SPACE + "{0,2}([-/.|])" + SPACE + "{0,2}";
    /** A day's ordinal mark or the article before the month: {@code 9.}, {@code 1er}, {@code 9th}, {@code 9 de}. */
    private static final String AFTER_DAY = "(?:\\.|er|st|nd|rd|th|º)?[\\s\\p{Zs},-]*(?:de" + SPACE + "+|di" + SPACE + "+)?";
    private static final String BEFORE_YEAR = "\\.?[\\s\\p{Zs},-]*(?:de" + SPACE + "+|del" + SPACE + "+)?";

    private WrittenDay() {
    }

    /**
     * Whether {@code page} (its source, entities decoded), its text (the tags read as spaces: a day,
     * a month and a year in elements of their own, {@code <span>Feb</span> <span>18</span><span>2009</span>})
     * or its address writes {@code day}.
     */
    static boolean on(String page, String url, LocalDate day) {
        Forms forms = new Forms(day);
        return forms.in(page) || forms.in(TAG.matcher(page).replaceAll(" ")) || url != null && forms.in(url);
    }

    /**
     * The forms of one day, looked for only around the places its year is written: every form
     * holds the year, and the text around each place is short (patterns of many alternatives tried
     * at every position of a page of a megabyte are slow).
     */
    private static final class Forms {
        /** How far from its year a date may start or end ({@code 9 de septiembre de 2024}, {@code 2024年3月9日}). */
        private static final int REACH = 40;
        /** How far before its two digits a date with a short year starts ({@code 09.03.24}). */
        private static final int SHORT_REACH = 8;
        private final String year, shortYear;
        private final Pattern withYear, withShortYear;

        Forms(LocalDate day) {
            year = Integer.toString(day.getYear());
            shortYear = String.format(Locale.ROOT, "%02d", day.getYear() % 100);
            String m = number(day.getMonthValue()), d = number(day.getDayOfMonth());
            String names = MONTH_NAMES.get(day.getMonth());
            withYear = Pattern.compile(String.join("|",
                    // 2024-03-09, 2024/3/9, 2024.03.09, 2024_03_09
                    "(?<!\\d)" + year + "([-/._])" + m + "\\1" + d + "(?!\\d)",
                    // 20240309
                    "(?<!\\d)" + year + String.format(Locale.ROOT, "%02d%02d", day.getMonthValue(), day.getDayOfMonth()) + "(?!\\d)",
                    // 09.03.2024, 9/3/2024, 3/9/2024
                    "(?<![\\d.])" + d + PART + m + SPACE + "{0,2}\\2" + SPACE + "{0,2}" + year + "(?!\\d)",
                    "(?<![\\d.])" + m + PART + d + SPACE + "{0,2}\\3" + SPACE + "{0,2}" + year + "(?!\\d)",
                    // 9. März 2024, 9 de marzo de 2024, Mar. 9th, 2024
                    "(?<!\\d)" + d + AFTER_DAY + "(?:" + names + ")" + BEFORE_YEAR + year + "(?!\\d)",
                    "(?<!\\p{L})(?:" + names + ")\\.?" + SPACE + "+" + d + "(?:st|nd|rd|th)?,?" + SPACE + "+" + year + "(?!\\d)",
                    // 2024年3月9日, 2024년 3월 9일
                    year + "\\s*年\\s*" + m + "\\s*月\\s*" + d + "\\s*日",
                    year + "\\s*년\\s*" + m + "\\s*월\\s*" + d + "\\s*일"));
            // 09.03.24, 9/3/24, 3/9/24
            withShortYear = Pattern.compile("(?<![\\d.])(?:" + d + PART + m + "|" + m + PART + d + ")"
                    + SPACE + "{0,2}(?:\\1|\\2)" + SPACE + "{0,2}" + shortYear + "(?!\\.?\\d)");
        }

        boolean in(String text) {
            return around(text, year, withYear, REACH, REACH, false) || around(text, shortYear, withShortYear, SHORT_REACH, 0, true);
        }

        /**
         * Whether the pattern matches near a place the text writes {@code digits}, in lower case (a
         * pattern that ignores case is several times slower); with {@code afterSeparator}, only a
         * place right after a date's separator ({@code .24}, {@code / 24}).
         */
        private static boolean around(String text, String digits, Pattern p, int before, int after, boolean afterSeparator) {
            for (int at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
                if (afterSeparator && !afterSeparator(text, at)) continue;
                String near = text.substring(Math.max(0, at - before), Math.min(text.length(), at + digits.length() + after));
                if (p.matcher(near.toLowerCase(Locale.ROOT)).find()) return true;
            }
            return false;
        }
    }

    private static boolean afterSeparator(String text, int at) {
        int i = at - 1;
        for (int spaces = 0; spaces < 2 && i >= 0 && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))); spaces++) i--;
        return i >= 0 && "-/.|".indexOf(text.charAt(i)) >= 0;
    }

    /** A day or month number, with or without its leading zero. */
    private static String number(int n) {
        return n < 10 ? "0?" + n : Integer.toString(n);
    }

    /** The month's names and abbreviations in lower case in {@link #LANGUAGES}, longest first, as alternatives. */
    private static String monthNames(Month month) {
        Set<String> names = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (TextStyle style : TextStyle.values()) {
                if (style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE) continue;
                String name = month.getDisplayName(style, locale).toLowerCase(locale).replaceAll("\\.$", "");
                if (name.codePoints().filter(Character::isLetter).count() >= 3) names.add(name);
            }
        }
        // grouped by their first letter, which the matcher tries once for the group rather than once a name
        Map<Character, List<String>> byFirst = names.stream().collect(Collectors.groupingBy(n -> n.charAt(0), TreeMap::new, Collectors.toList()));
        return byFirst.entrySet().stream().map(e -> Pattern.quote(e.getKey().toString()) + "(?:"
                + e.getValue().stream().map(n -> Pattern.quote(n.substring(1))).collect(Collectors.joining("|")) + ")")
                .collect(Collectors.joining("|"));
    }
}
