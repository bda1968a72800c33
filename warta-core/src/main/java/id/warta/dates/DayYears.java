package id.warta.dates;

import id.warta.model.DateMention;
import id.warta.model.DateMention.Kind;
import id.warta.model.Warning;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Settles the year of each {@link DayExpression} and adds its dates, with a warning for a weekday that contradicts
 * its date; the days given with a weekday make the candidates for the article's own day ({@link Scan#anchor}).
 */
final class DayYears {
    /**
     * How far past the publication date (without one, the reporting day) a date without a year may lie before it is
     * read as last year's.
     */
    private static final int MAX_DAYS_AHEAD_WITHOUT_YEAR = 180;
    /** A weekday and a day of a month recur every 5 to 11 years; look back over a few cycles at most. */
    private static final int MAX_YEARS_BACK_FOR_WEEKDAY = 30;
    /** How far from the page's day a day whose written year slipped a year may fall: a story's reporting days. */
    private static final int MAX_DAYS_FROM_PAGE_FOR_SLIP = 31;
    static final Prefiltered YEAR_NUMBER = Prefiltered.anywhere(Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)"));

    private final Scan scan;
    private final LocalDate published;

    private DayYears(Scan scan) {
        this.scan = scan;
        this.published = scan.published;
    }

    /**
     * Gives every day expression its year: its own; else the publication date's; else the
     * year of the latest full date the article gives with its weekday; else the page's year
     * ({@code Copyright © ANTARA 2025}); else the year the article's full dates agree on (the
     * most common of them, unless they name several years and the day's weekday does not fit it);
     * else, for a day given with its weekday, the latest year in which that day fell on that
     * weekday (the first such date then sets the year for the rest of the article); else a year
     * the article names ({@code Natal 2025}). A weekday the page's year does not fit is read by
     * the weekday rule too: that year is the page's, not the day's.
     */
    static void resolve(Scan scan, List<DayExpression> days) {
        new DayYears(scan).giveYears(days);
    }

    private void giveYears(List<DayExpression> days) {
        // without a publication date a day without year is the reporting day's year (its latest date given
        // with weekday and year, Senin (18/5/2026)), else the page's year, else the year the article's dates
        // give most
        scan.datedDay = published != null ? null : days.stream()
                .filter(d -> d.year() != null && d.weekday() != null && fits(d, d.year()))
                .map(d -> LocalDate.of(d.year(), d.month(), d.day())).max(Comparator.naturalOrder()).orElse(null);
        Integer datedYear = scan.datedDay == null ? null : scan.datedDay.getYear();
        Integer pageYear = scan.pageYear;
        boolean pageYearDecides = datedYear == null && pageYear != null; // pageYear is null with a publication date
        Integer articleYear = published != null ? null : datedYear != null ? datedYear : pageYearDecides ? pageYear
                : mostCommon(days.stream().map(DayExpression::year).filter(Objects::nonNull).toList());
        // a year ahead of today is a projection (pada tahun 2050), never the year of a day reported
        Integer namedYear = published != null ? null : mostCommon(yearNumbers().stream()
                .filter(y -> y <= scan.today.getYear()).toList());
        if (published == null && articleYear == null) {
            // a day given with its weekday but no year ("kata Mino, Selasa (29/1)") fixes the story's year for
            // the days without one before it too ("pada 29-30 Januari"), not a year the text merely names
            articleYear = days.stream().filter(d -> d.year() == null && d.weekday() != null)
                    .map(d -> namedYear != null && fits(d, namedYear) ? namedYear : latestYearWith(d))
                    .filter(Objects::nonNull).findFirst().orElse(null);
        }
        boolean yearsAgree = !pageYearDecides
                && days.stream().map(DayExpression::year).filter(Objects::nonNull).distinct().count() <= 1;
        Set<Integer> articleMonths = days.stream().filter(d -> d.year() != null).map(DayExpression::month)
                .collect(Collectors.toSet());
        Map<Integer, Integer> writtenYears = writtenYears(days);
        for (DayExpression d : days) {
            Kind kind = d.year() != null ? Kind.ABSOLUTE : Kind.PARTIAL;
            Integer year = slippedYear(d);
            // "sampai 1 Januari (2019)" ... "hanya sampai 1 Januari": a day the article wrote with its year keeps it
            if (year == null && d.lastDay() == null) year = writtenYears.get(d.month() * 100 + d.day());
            if (year == null && published != null) year = published.getYear();
            if (year == null && articleYear != null) year = acrossNewYear(d, articleYear, articleMonths);
            // full dates of several years (a founding in 1966, a report of 2024) agree on no year of
            // the story: a weekday the most common of them does not fit is read by the weekday rule
            if (d.year() == null && year != null && !yearsAgree && d.weekday() != null && !fits(d, year)) {
                year = null;
            }
            if (year == null && d.weekday() != null) {
                year = namedYear != null && fits(d, namedYear) ? namedYear : latestYearWith(d);
                articleYear = year;
            }
            if (year == null) year = namedYear;
            if (year == null) continue;
            add(d, year, kind);
        }
    }

    /**
     * The year a day is written with, unless it slipped: {@code Kamis (28/5/2025)} in a page published on 29 May 2026,
     * its weekday wrong for the year written and right for the page's year a year off, the day within
     * {@link #MAX_DAYS_FROM_PAGE_FOR_SLIP} days of publication, is the page's year mistyped (the days counted from it too).
     */
    private Integer slippedYear(DayExpression d) {
        Integer year = d.year();
        if (year == null || published == null || d.weekday() == null || d.lastDay() != null || fits(d, year)) return year;
        int pageYear = published.getYear();
        if (Math.abs(year - pageYear) != 1 || !fits(d, pageYear)) return year;
        long apart = Math.abs(ChronoUnit.DAYS.between(published, LocalDate.of(pageYear, d.month(), d.day())));
        return apart <= MAX_DAYS_FROM_PAGE_FOR_SLIP ? pageYear : year;
    }

    /** The one year each day of a month (month * 100 + day) is written with, for days written with one year only. */
    static Map<Integer, Integer> writtenYears(List<DayExpression> days) {
        Map<Integer, Set<Integer>> years = new HashMap<>();
        for (DayExpression d : days) {
            if (d.year() != null && d.lastDay() == null) years.computeIfAbsent(d.month() * 100 + d.day(), k -> new HashSet<>()).add(d.year());
        }
        Map<Integer, Integer> one = new HashMap<>();
        years.forEach((day, ys) -> { if (ys.size() == 1) one.put(day, ys.iterator().next()); });
        return one;
    }

    /** The years written as numbers in the text, in order. */
    private List<Integer> yearNumbers() {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR_NUMBER.matcher(scan.text);
        while (YEAR_NUMBER.find(m, scan.openings)) years.add(Integer.parseInt(m.group()));
        return years;
    }

    /**
     * A December day in a story dated January belongs to the year before (and a January day
     * in a December story to the next); read so when its weekday says so.
     */
    private static int acrossNewYear(DayExpression d, int year, Set<Integer> articleMonths) {
        if (d.weekday() == null || fits(d, year)) return year;
        if (d.month() == 12 && articleMonths.contains(1) && fits(d, year - 1)) return year - 1;
        if (d.month() == 1 && articleMonths.contains(12) && fits(d, year + 1)) return year + 1;
        return year;
    }

    private static boolean fits(DayExpression d, int year) {
        try {
            return LocalDate.of(year, d.month(), d.day()).getDayOfWeek() == d.weekday();
        } catch (DateTimeException e) {
            return false;
        }
    }

    private void add(DayExpression d, int year, Kind kind) {
        LocalDate first;
        LocalDate last = null;
        try {
            first = LocalDate.of(year, d.month(), d.day());
            if (d.lastDay() != null) last = first.withDayOfMonth(d.lastDay());
        } catch (DateTimeException e) {
            return; // 31/2 and the like: not a date
        }
        // without a publication date the reporting day stands in for it, for a day no weekday pins to its year
        LocalDate written = published != null ? published : d.weekday() == null ? scan.datedDay : null;
        if (kind == Kind.PARTIAL && written != null
                && ChronoUnit.DAYS.between(written, first) > MAX_DAYS_AHEAD_WITHOUT_YEAR) {
            first = first.minusYears(1);
            last = last == null ? null : last.minusYears(1);
        }
        if (last != null && !last.isAfter(first)) last = null;
        scan.dates.add(new DateMention(d.text(), first, d.start(), d.end(), kind));
        if (last != null) scan.dates.add(new DateMention(d.text(), last, d.start(), d.end(), kind));
        for (int listed : d.listed()) {
            if (listed < 1 || listed > first.lengthOfMonth() || listed == first.getDayOfMonth()) continue;
            scan.dates.add(new DateMention(d.text(), first.withDayOfMonth(listed), d.start(), d.end(), kind));
        }
        if (d.weekday() != null && d.weekday() != first.getDayOfWeek()) {
            scan.warnings.add(new Warning("weekday-mismatch", "'" + d.text().strip() + "': " + first + " was a "
                    + first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", not a "
                    + d.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "; the date is kept",
                    d.start(), d.end()));
        }
        if (d.weekday() == null) return;
        scan.weekdayDays.add(first);
        if (!Plans.scheduled(scan, d.start(), d.end())) {
            if (scan.anchor == null || first.isAfter(scan.anchor)) scan.anchor = first;
        } else if (scan.scheduledAnchor == null || first.isAfter(scan.scheduledAnchor)) {
            scan.scheduledAnchor = first;
        }
    }

    /** The most frequent value, the earliest winning a tie; null for none. */
    private static Integer mostCommon(List<Integer> years) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Integer y : years) counts.merge(y, 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private Integer latestYearWith(DayExpression d) {
        for (int y = scan.today.getYear(); y > scan.today.getYear() - MAX_YEARS_BACK_FOR_WEEKDAY; y--) {
            if (fits(d, y)) return y;
        }
        return null;
    }
}
