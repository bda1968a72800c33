package id.warta.dates;

import id.warta.lexicon.Lexicon;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The calendar vocabulary of {@code calendar.tsv}: month, weekday, number, relative-day, period and holiday words. */
final class Calendar {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Calendar INSTANCE = load();

    private final Map<String, Integer> months = new LinkedHashMap<>();
    private final Map<String, Integer> englishMonths = new LinkedHashMap<>();
    private final Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
    private final Map<String, DayOfWeek> englishWeekdays = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Integer> relativeDays = new LinkedHashMap<>();
    private final Map<String, ZoneOffset> zones = new HashMap<>();
    private final Set<String> periods = new LinkedHashSet<>();
    private final Map<String, MonthDay> holidays = new LinkedHashMap<>();
    /** A month row's first spelling is the name in full ({@code mei} is no abbreviation); so is any longer than 3 letters. */
    private final Set<String> fullMonths = new LinkedHashSet<>();

    private Calendar() {
    }

    /** Month number of an Indonesian or English month name or abbreviation, or null. */
    Integer month(String word) {
        String k = key(word);
        return months.getOrDefault(k, englishMonths.get(k));
    }

    /** Day of an Indonesian or English weekday name, or null. */
    DayOfWeek weekday(String word) {
        String k = key(word);
        return weekdays.getOrDefault(k, englishWeekdays.get(k));
    }

    /** Whether a word is an Indonesian weekday's name ({@code Senin}, {@code Jum'at}, {@code Ahad}), in any case. */
    boolean isWeekday(String word) {
        return weekdays.containsKey(key(word));
    }

    Integer number(String word) {
        return numbers.get(key(word));
    }

    Integer relativeDay(String words) {
        return relativeDays.get(key(words));
    }

    /** The day of the year of a holiday kept on a fixed date ({@code Malam Natal}: 24 December), or null. */
    MonthDay holiday(String words) {
        return holidays.get(key(words));
    }

    ZoneOffset zone(String word) {
        return zones.get(key(word));
    }

    /** Regex alternation of the month spellings, longest first so {@code Desember} beats {@code Des}. */
    String monthPattern() {
        return alternation(months);
    }

    /** Indonesian and English month spellings, for metadata that may be in either language. */
    String anyMonthPattern() {
        return alternation(months) + "|" + alternation(englishMonths);
    }

    /** Indonesian month names written out in full ({@code Desember}, {@code Mei}; not {@code Des}). */
    String fullMonthPattern() {
        return alternation(fullMonths);
    }

    /** Whether {@code word} is an Indonesian month name written out in full, not an abbreviation. */
    boolean isFullMonth(String word) {
        return fullMonths.contains(key(word));
    }

    String weekdayPattern() {
        return alternation(weekdays);
    }

    String anyWeekdayPattern() {
        return alternation(weekdays) + "|" + alternation(englishWeekdays);
    }

    String numberPattern() {
        return alternation(numbers);
    }

    String relativeDayPattern() {
        return alternation(relativeDays);
    }

    /** Nouns of a stretch of time ({@code tahun}, {@code Lebaran}) that {@code kemarin} may qualify as "last". */
    String periodPattern() {
        return alternation(periods);
    }

    /** Regex alternation of the names of holidays kept on a fixed date. */
    String holidayPattern() {
        return alternation(holidays);
    }

    private static String key(String word) {
        String key = word.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
        // Most keys are one word (the quotes ask of every capitalised word whether it is a weekday): the
        // pattern's matcher only for a key with a blank inside.
        return hasBlank(key) ? WHITESPACE.matcher(key).replaceAll("_") : key;
    }

    /** Whether {@code s} holds a character {@link #WHITESPACE}'s {@code \s} matches. */
    private static boolean hasBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (" \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    private static String alternation(Map<String, ?> words) {
        return alternation(words.keySet());
    }

    private static String alternation(Set<String> words) {
        return words.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace("_", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    private static Calendar load() {
        Calendar c = new Calendar();
        for (String[] cols : Lexicon.rows(Calendar.class, "calendar.tsv")) {
            String[] words = cols[2].split(" ");
            if (cols[0].equals("month")) {
                for (int i = 0; i < words.length; i++) if (i == 0 || words[i].length() > 3) c.fullMonths.add(words[i]);
            }
            for (String word : words) {
                switch (cols[0]) {
                    case "month" -> c.months.put(word, Integer.parseInt(cols[1]));
                    case "month_en", "month_xx" -> c.englishMonths.putIfAbsent(word, Integer.parseInt(cols[1]));
                    case "weekday" -> c.weekdays.put(word, DayOfWeek.of(Integer.parseInt(cols[1])));
                    case "weekday_en" -> c.englishWeekdays.put(word, DayOfWeek.of(Integer.parseInt(cols[1])));
                    case "number" -> c.numbers.put(word, Integer.parseInt(cols[1]));
                    case "day" -> c.relativeDays.put(word, Integer.parseInt(cols[1]));
                    case "period" -> c.periods.add(word);
                    case "holiday" -> c.holidays.put(word, MonthDay.parse("--" + cols[1]));
                    case "zone" -> c.zones.put(word, ZoneOffset.of(cols[1]));
                    default -> throw new IllegalStateException("calendar.tsv: unknown kind " + cols[0]);
                }
            }
        }
        return c;
    }
}
