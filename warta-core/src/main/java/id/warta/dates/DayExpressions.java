package id.warta.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a text writes with their month: full dates ({@code Rabu 04 Desember 2024}, {@code 4 Des 2024}) and numeric
 * ones ({@code Selasa (21/10/2025)}, {@code (21/10)}), with a weekday, a range or a list of days when given.
 */
final class DayExpressions {
    private static final Calendar CAL = Calendar.INSTANCE;
    private static final String WD = "(?<wd>(?iu:" + CAL.weekdayPattern() + ")(?:\\s*[-–]\\s*(?iu:" + CAL.weekdayPattern()
            + "))?)";
    /** The dash of a range ({@code 19—21 Desember}, {@code Senin--Jumat}). */
    static final String RANGE_DASH = "(?:--|[-–—])";
    /** The words of a range ({@code 19 hingga 21 Desember}, {@code Senin s.d. Jumat}). */
    static final String RANGE_WORDS = "(?:hingga|sampai(?:\\s+dengan)?|s\\.d\\.?)";
    /**
     * A day, a range of days, or days listed before one month ({@code 13 dan 18 November}, {@code 3, 4, 5, dan 6
     * November}): each listed day is a day of its own.
     */
    private static final String DAYS = "(?<![\\d.:])(?<d1>\\d{1,2})(?:(?:\\s*" + RANGE_DASH + "\\s*|\\s+" + RANGE_WORDS + "\\s+)"
            + "(?<d2>\\d{1,2})|(?<list>(?:\\s*,\\s*\\d{1,2})*\\s*,?\\s+(?:dan|serta|&)\\s+\\d{1,2}))?";
    /** The days of such a list after its first. */
    private static final Pattern LISTED_DAY = Pattern.compile("\\d{1,2}");

    /**
     * {@code Rabu, 04 Desember 2024}, {@code 19—21 Desember 2018}, {@code 4 Des 2024}, {@code 24 Desember}, a month
     * bracketed into quoted speech ({@code "tanggal 31 (Desember) kemarin"}) and a year bracketed after it
     * ({@code "sampai 1 Januari (2019)"}).
     */
    static final Prefiltered WRITTEN = Prefiltered.wordStart(Pattern.compile("(?iu)(?:\\b" + WD + "\\s*,?\\s*\\(?\\s*)?\\b" + DAYS
            + "\\s+(?:\\((?=(?:" + CAL.fullMonthPattern() + ")\\)))?(?<mon>" + CAL.monthPattern()
            + ")\\b(?<dot>\\.)?(?:\\s+(?:\\((?=\\d{4}\\)))?(?<y>\\d{4})\\b)?\\)?"));
    /**
     * {@code Selasa (21/10/2025)}, {@code Jumat-Minggu (8-10/5)}, {@code (21/10)}; a year cut to three digits
     * ({@code Rabu (4/1/202)}, a typo) is read as no year.
     */
    static final Prefiltered NUMERIC_PAREN = Prefiltered.wordStart(Pattern.compile("(?u)(?:\\b" + WD + "\\s*,?\\s*)?\\(\\s*" + DAYS
            + "\\s*/\\s*(?<m>\\d{1,2})(?:\\s*/\\s*(?:(?<y>\\d{4}|\\d{2})|\\d{3}))?\\s*\\)"));
    /** {@code 29/1/2019} with its year, outside brackets. */
    static final Prefiltered NUMERIC_BARE = Prefiltered.anywhere(Pattern.compile(
            "(?<![\\d/.,])(?<d1>\\d{1,2})/(?<m>\\d{1,2})/(?<y>(?:19|20)\\d{2})(?![/])"));
    /** {@code Jumat-Minggu}: the dash between the weekdays of a range. */
    private static final Pattern WEEKDAY_RANGE = Pattern.compile("\\s*[-–]\\s*");

    private final Scan scan;
    private final String text;
    private final List<DayExpression> days = new ArrayList<>();

    private DayExpressions(Scan scan) {
        this.scan = scan;
        this.text = scan.text;
    }

    /** The day expressions of the scanned text, in text order; their characters are taken. */
    static List<DayExpression> find(Scan scan) {
        DayExpressions found = new DayExpressions(scan);
        found.written();
        found.numeric(NUMERIC_PAREN);
        found.numeric(NUMERIC_BARE);
        found.days.sort(Comparator.comparingInt(DayExpression::start));
        return found.days;
    }

    /** {@code 4 Des 2024}, {@code Rabu, 24 Desember}: written-out months ("5 Mar" without a year is too ambiguous). */
    private void written() {
        Matcher m = WRITTEN.matcher(text);
        while (WRITTEN.find(m, scan.openings)) {
            boolean full = CAL.isFullMonth(m.group("mon"));
            if (scan.isTaken(m) || (m.group("y") == null && !full)) continue;
            // the full stop after an abbreviation is its own ("4 Des. 2024"); after a full name it ends the sentence
            int end = full && m.group("dot") != null && m.group("y") == null ? m.start("dot") : m.end();
            add(WRITTEN, m, end, CAL.month(m.group("mon")));
        }
    }

    private void numeric(Prefiltered pattern) {
        Matcher m = pattern.matcher(text);
        while (pattern.find(m, scan.openings)) {
            int month = Integer.parseInt(m.group("m"));
            if (scan.isTaken(m) || month < 1 || month > 12) continue;
            add(pattern, m, m.end(), month);
        }
    }

    private void add(Prefiltered pattern, Matcher m, int end, int month) {
        String y = pattern.group(m, "y");
        Integer year = y == null ? null : Integer.parseInt(y.length() == 2 ? "20" + y : y);
        String wd = pattern.group(m, "wd");
        DayOfWeek weekday = wd == null ? null : CAL.weekday(WEEKDAY_RANGE.split(wd)[0]);
        String d2 = pattern.group(m, "d2");
        String list = pattern.group(m, "list");
        List<Integer> listed = list == null ? List.of()
                : LISTED_DAY.matcher(list).results().map(r -> Integer.parseInt(r.group())).toList();
        days.add(new DayExpression(m.start(), end, text.substring(m.start(), end), Integer.parseInt(m.group("d1")),
                d2 == null ? null : Integer.parseInt(d2), listed, month, year, weekday));
        scan.take(m.start(), end);
    }
}
