package id.warta.dates;

import id.warta.language.SpeechCue;
import id.warta.model.DateMention;
import id.warta.model.DateMention.Kind;
import id.warta.model.Document;
import id.warta.model.Moment;
import id.warta.model.Period;
import id.warta.model.Warning;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of an Indonesian article and resolves them against its
 * publication date: full dates ({@code Rabu 04 Desember 2024}, {@code 4 Des 2024}), numeric
 * ones ({@code Selasa (21/10/2025)}, {@code (21/10)}), relative days ({@code kemarin},
 * {@code lusa}), and coarser periods ({@code pada 2024}, {@code dua bulan lagi}).
 * A weekday that contradicts its date is reported as a warning; the date wins.
 */
public final class DateFinder {
    private static final Calendar CAL = Calendar.INSTANCE;
    /**
     * How far past the publication date (without one, the reporting day) a date without a year may lie before it is
     * read as last year's.
     */
    private static final int MAX_DAYS_AHEAD_WITHOUT_YEAR = 180;
    /** A weekday and a day of a month recur every 5 to 11 years; look back over a few cycles at most. */
    private static final int MAX_YEARS_BACK_FOR_WEEKDAY = 30;

    private static final String WD = "(?<wd>(?iu:" + CAL.weekdayPattern() + ")(?:\\s*[-–]\\s*(?iu:" + CAL.weekdayPattern()
            + "))?)";
    /** The dash of a range ({@code 19—21 Desember}, {@code Senin--Jumat}). */
    private static final String RANGE_DASH = "(?:--|[-–—])";
    /** The words of a range ({@code 19 hingga 21 Desember}, {@code Senin s.d. Jumat}). */
    private static final String RANGE_WORDS = "(?:hingga|sampai(?:\\s+dengan)?|s\\.d\\.?)";
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
    private static final Prefiltered WRITTEN = Prefiltered.wordStart(Pattern.compile("(?iu)(?:\\b" + WD + "\\s*,?\\s*\\(?\\s*)?\\b" + DAYS
            + "\\s+(?:\\((?=(?:" + CAL.fullMonthPattern() + ")\\)))?(?<mon>" + CAL.monthPattern()
            + ")\\b(?<dot>\\.)?(?:\\s+(?:\\((?=\\d{4}\\)))?(?<y>\\d{4})\\b)?\\)?"));
    /**
     * {@code Selasa (21/10/2025)}, {@code Jumat-Minggu (8-10/5)}, {@code (21/10)}; a year cut to three digits
     * ({@code Rabu (4/1/202)}, a typo) is read as no year.
     */
    private static final Prefiltered NUMERIC_PAREN = Prefiltered.wordStart(Pattern.compile("(?u)(?:\\b" + WD + "\\s*,?\\s*)?\\(\\s*" + DAYS
            + "\\s*/\\s*(?<m>\\d{1,2})(?:\\s*/\\s*(?:(?<y>\\d{4}|\\d{2})|\\d{3}))?\\s*\\)"));
    /** {@code 29/1/2019} with its year, outside brackets. */
    private static final Prefiltered NUMERIC_BARE = Prefiltered.anywhere(Pattern.compile(
            "(?<![\\d/.,])(?<d1>\\d{1,2})/(?<m>\\d{1,2})/(?<y>(?:19|20)\\d{2})(?![/])"));
    private static final Prefiltered YEAR_NUMBER = Prefiltered.anywhere(Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)"));
    /** {@code kemarin}, {@code hari ini}, {@code tadi malam}. */
    private static final Prefiltered RELATIVE_DAY = Prefiltered.wordStart(Pattern.compile("(?iu)\\b(?<w>" + CAL.relativeDayPattern() + ")\\b"));
    /** {@code dua hari lalu}, {@code kurang dari dua bulan lagi}, {@code setahun lalu}. */
    private static final Prefiltered RELATIVE_SPAN = Prefiltered.wordStart(Pattern.compile("(?iu)\\b(?:(?<q>kurang\\s+dari|lebih\\s+dari|sekitar"
            + "|hampir|dalam\\s+waktu)\\s+)?(?:(?<n>\\d{1,3}|" + CAL.numberPattern() + ")\\s+|se)"
            + "(?<u>hari|minggu|pekan|bulan|tahun)\\s+(?:yang\\s+)?(?<dir>lalu|silam|lagi|mendatang|ke\\s+depan)\\b"));
    /** A weekday capitalised as a name. */
    private static final String BARE_WEEKDAY = "(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)";
    /** A bare weekday ({@code Kamis}, {@code Senin lalu}). */
    private static final Prefiltered WEEKDAY = Prefiltered.wordStart(Pattern.compile("\\b(?<wd>" + BARE_WEEKDAY
            + ")\\b(?:\\s+(?<dir>lalu|kemarin|depan))?"));
    /**
     * A weekly schedule, no one day: {@code setiap Jumat}, and a range of bare weekdays ({@code Senin hingga Kamis},
     * {@code Senin-Jumat}), which a story gives dates when it means one week's days.
     */
    private static final Prefiltered HABITUAL = Prefiltered.wordStart(Pattern.compile("(?u)\\b(?:(?iu:setiap|tiap|saban)\\s+"
            + "(?:hari\\s+)?" + BARE_WEEKDAY + "|" + BARE_WEEKDAY + "\\s*(?:" + RANGE_DASH + "|(?iu:" + RANGE_WORDS + "))\\s*"
            + BARE_WEEKDAY + ")\\b(?!\\s*,?\\s*\\(?\\s*\\d)"));
    /** {@code akhir Desember 2025}, {@code Desember 2024}. */
    private static final Prefiltered MONTH_YEAR = Prefiltered.wordStart(Pattern.compile("(?iu)\\b(?:(?<q>awal|akhir|pertengahan|medio|sejak"
            + "|hingga|sampai)\\s+)?(?:bulan\\s+)?(?<mon>" + CAL.fullMonthPattern() + ")\\s+(?<y>\\d{4})\\b"));
    /** {@code sejak tahun 2022}, {@code pada 2024}. */
    private static final Prefiltered YEAR = Prefiltered.wordStart(Pattern.compile("(?iu)\\b(?<q>sejak|hingga|sampai|pada|tahun|awal|akhir"
            + "|pertengahan|medio|selama|sepanjang)\\s+(?:tahun\\s+)?(?<y>(?:19|20)\\d{2})\\b(?![.,]?\\d)"));

    /**
     * A holiday's service kept on a fixed date ({@code Malam Natal}, {@code misa Natal 2025}), with the year written
     * after it; not in the regency of Mandailing Natal.
     */
    private static final Prefiltered HOLIDAY = Prefiltered.wordStart(Pattern.compile("(?iu)(?<!mandailing\\s)\\b(?<h>"
            + CAL.holidayPattern() + ")\\b(?:\\s+(?<y>(?:19|20)\\d{2})\\b(?![/-]))?"));
    /** Words before a holiday that put the story's day before or after it ({@code menjelang Malam Natal}). */
    private static final Pattern AROUND_HOLIDAY = Pattern.compile("(?iu)\\b(?:jelang|menjelang|sebelum|usai|seusai|pasca|setelah"
            + "|sesudah|selepas)\\s+(?:(?:misa|ibadah|kebaktian|perayaan)\\s+)?$");

    /** Every pattern the finder scans with. */
    static final List<Prefiltered> PATTERNS = List.of(WRITTEN, NUMERIC_PAREN, NUMERIC_BARE, YEAR_NUMBER, RELATIVE_DAY,
            RELATIVE_SPAN, WEEKDAY, HABITUAL, MONTH_YEAR, YEAR, HOLIDAY);
    /**
     * What before {@code kemarin} makes it "last", not yesterday: a stretch of time ({@code akhir tahun 2022 kemarin},
     * {@code Lebaran kemarin}), a month or a weekday ({@code Senin kemarin}, read by the weekday rule), bracketed too
     * ({@code tanggal 31 (Desember) kemarin}).
     */
    private static final Pattern QUALIFIED_BY_KEMARIN = Pattern.compile("(?iu)(?:\\b(?:" + CAL.periodPattern() + "|"
            + CAL.fullMonthPattern() + "|" + CAL.weekdayPattern() + ")|(?<![\\d.,])(?:19|20)\\d{2})\\)?\\s+$");
    /**
     * A bracket after {@code kemarin} naming a thing, not a day ({@code berbeda dari kemarin (Permenaker 18/2022)},
     * {@code kejadian kemarin (Mako Brimob)}): the word means "the last one", not yesterday.
     */
    private static final Pattern KEMARIN_OF_A_THING = Pattern.compile("(?u)^\\s*\\(\\s*(?!(?iu:hari|" + CAL.weekdayPattern() + "|"
            + CAL.fullMonthPattern() + ")\\b)\\p{Lu}");
    /**
     * A time of day with {@code -nya} after a relative day ({@code esok harinya}, {@code besok paginya}): "the day after
     * that", counted from a day the story tells of, not from the day it was written.
     */
    private static final Pattern OF_A_TOLD_DAY = Pattern.compile("(?iu)^\\s+(?:hari|pagi|siang|sore|petang|malam)nya\\b");
    /** How much text next to {@code kemarin} (and before a holiday) is read for what qualifies it. */
    private static final int QUALIFIED_WINDOW = 24;
    /** What stands between a relative day and the weekday bracketed after it ({@code besok (Rabu)}). */
    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*\\(\\s*");
    /** {@code Jumat-Minggu}: the dash between the weekdays of a range. */
    private static final Pattern WEEKDAY_RANGE = Pattern.compile("\\s*[-–]\\s*");
    /** The words that plan a day ({@code akan}, {@code dijadwalkan}). */
    private static final String PLANNING = "akan|bakal|dijadwalkan|direncanakan|rencananya";
    /** Up to three words between such a word and the day. */
    private static final String UP_TO_DAY = "\\s+(?:[\\p{L}\\d,]+\\s+){0,3}$";
    /**
     * Words before a day that make it one planned or the end of a span ({@code akan digelar pada Kamis (31/1)},
     * {@code hingga Minggu (13/7/2025)}): not the day the story was written on.
     */
    private static final Pattern SCHEDULED_BEFORE = Pattern.compile("(?iu)\\b(?:" + PLANNING
            + "|hingga|sampai|s\\.d\\.?)" + UP_TO_DAY);
    /** Of those, the words that plan a day ({@code akan diumumkan Kamis}): a bare weekday after them is still to come. */
    private static final Pattern PLANNED_BEFORE = Pattern.compile("(?iu)\\b(?:" + PLANNING + ")" + UP_TO_DAY);
    /** Words after a day, past its hour, that make it one planned ({@code Rabu (30/1) pukul 17.00 WIB, akan dirilis}). */
    private static final Pattern SCHEDULED_AFTER = Pattern.compile("(?iu)^\\s*(?:pukul\\s+\\d{1,2}[.:]\\d{2}\\s*"
            + "(?:WIB|WITA|WIT)?\\s*)?,?\\s*(?:akan|bakal|mendatang|nanti)\\b");
    /** How much text around a day is read for those words. */
    private static final int SCHEDULE_WINDOW = 60;
    /** How many days after the article's own dated day (no publication date) a bare weekday may still fall. */
    private static final int MAX_DAYS_AFTER_ANCHOR = 2;
    /** How far apart two bare weekdays joined by {@code dan} ({@code Selasa dan Kamis}) may be to be days of one week. */
    private static final int MAX_DAYS_IN_PAIR = 3;
    /** How far before a day the verb of saying it is the day of may stand ({@code ungkapnya dalam Konferensi Pers ..., Senin}). */
    private static final int SAID_WINDOW = 100;
    /** {@code Sabtu (28/4/2018) ini}: a day the text calls today (read as far as {@link #SCHEDULE_WINDOW}). */
    private static final Pattern TODAY_AFTER = Pattern.compile("(?iu)^\\s*ini\\b");
    /** What lies between two words. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** What joins a bare weekday to the dated day just before it ({@code Minggu (26/10/2025) atau Senin}). */
    private static final Pattern JOINED_TO_DAY = Pattern.compile("(?iu)^\\s*(?:atau|dan|hingga|sampai|[-–])\\s*(?:hari\\s+)?$");
    /** What comes before {@code Minggu} when it names Sunday, not a week. */
    private static final Pattern SUNDAY_CUE = Pattern.compile("(?s).*(pada|hari|,)\\s*$");

    private DateFinder() {
    }

    /** The date expressions of {@code text}, in text order. */
    public record Result(List<DateMention> dates, List<Period> periods, List<Warning> warnings) {
    }

    /**
     * Finds and resolves the dates of {@code text}.
     *
     * @param published the publication date relative expressions resolve against; may be
     *                  null, in which case the latest date the article gives with its weekday
     *                  ({@code Senin (20/10/2025)}, the usual mark of the reporting day) anchors them
     */
    public static Result find(String text, Moment published) {
        return find(text, published, null);
    }

    /** The dates of an extracted document's text, dated by its publication date, else by its copyright year. */
    public static Result find(Document doc) {
        return find(doc.text(), doc.published(), doc.credits().copyrightYear());
    }

    /**
     * As {@link #find(String, Moment)}, knowing the page's year ({@code Copyright © ANTARA 2025}; may be null): without
     * a publication date it is the year of the days the text gives without one, before any year the text only names.
     */
    public static Result find(String text, Moment published, Integer pageYear) {
        return find(text, published, pageYear, LocalDate.now());
    }

    /** As {@link #find(String, Moment, Integer)}, with the day taken as today (the latest year a weekday may point to). */
    static Result find(String text, Moment published, Integer pageYear, LocalDate today) {
        return new Scan(text, published, pageYear, today).run();
    }

    /** A day written in the text, before its year is settled. */
    private record DayExpression(int start, int end, String text, int day, Integer lastDay, List<Integer> listed, int month,
                                 Integer year, DayOfWeek weekday) {
    }

    /** One pass over one text; remembers which characters are taken so expressions never overlap. */
    private static final class Scan {
        final String text;
        final Prefiltered.Openings openings;
        LocalDate reference;
        /**
         * The article's own "today" when it has no publication date: its latest date given with a weekday,
         * not counting days it plans or ends a span with ({@link #scheduled}), unless it gives no other.
         */
        LocalDate anchor;
        LocalDate scheduledAnchor;
        /** The days the article gives with their weekday ({@code Selasa (29/1)}). */
        final Set<LocalDate> weekdayDays = new HashSet<>();
        final LocalDate published;
        /**
         * Without a publication date, the latest day the article gives with its weekday and year ({@code Senin
         * (2/1/2023)}): the reporting day, set by {@link #resolve}; else null.
         */
        LocalDate datedDay;
        /** The page's year when there is no publication date ({@link #find(String, Moment, Integer)}); else null. */
        final Integer pageYear;
        final LocalDate today;
        final BitSet taken = new BitSet();
        final List<DateMention> dates = new ArrayList<>();
        final List<Period> periods = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();

        Scan(String text, Moment published, Integer pageYear, LocalDate today) {
            this.text = text;
            this.openings = new Prefiltered.Openings(text);
            this.published = published == null ? null : published.date();
            this.pageYear = published == null ? pageYear : null;
            this.reference = this.published;
            this.today = today;
        }

        Result run() {
            List<DayExpression> days = new ArrayList<>();
            written(days);
            numeric(NUMERIC_PAREN, days);
            numeric(NUMERIC_BARE, days);
            days.sort(Comparator.comparingInt(DayExpression::start));
            resolve(days);
            if (published == null) {
                LocalDate said = dayNamedByRelativeWord();
                if (said != null) anchor = said;
                else if (anchor != null && weekdayDays.contains(anchor.minusDays(1)) && tomorrowBefore(anchor)) {
                    anchor = anchor.minusDays(1);
                }
            }
            if (anchor == null) anchor = scheduledAnchor;
            if (anchor == null && published == null) anchor = holidayOfTheDay();
            if (reference == null) reference = anchor;
            relativeSpans();
            relativeDays();
            weekdays();
            monthsAndYears();
            dates.sort(Comparator.comparingInt(DateMention::start));
            periods.sort(Comparator.comparingInt(Period::start));
            warnings.sort(Comparator.comparingInt(Warning::start));
            return new Result(dates, periods, warnings);
        }

        /** {@code 4 Des 2024}, {@code Rabu, 24 Desember}: written-out months ("5 Mar" without a year is too ambiguous). */
        void written(List<DayExpression> days) {
            Matcher m = WRITTEN.matcher(text);
            while (WRITTEN.find(m, openings)) {
                boolean full = CAL.isFullMonth(m.group("mon"));
                if (isTaken(m) || (m.group("y") == null && !full)) continue;
                // the full stop after an abbreviation is its own ("4 Des. 2024"); after a full name it ends the sentence
                int end = full && m.group("dot") != null && m.group("y") == null ? m.start("dot") : m.end();
                add(WRITTEN, m, end, CAL.month(m.group("mon")), days);
            }
        }

        void numeric(Prefiltered pattern, List<DayExpression> days) {
            Matcher m = pattern.matcher(text);
            while (pattern.find(m, openings)) {
                int month = Integer.parseInt(m.group("m"));
                if (isTaken(m) || month < 1 || month > 12) continue;
                add(pattern, m, month, days);
            }
        }

        void add(Prefiltered pattern, Matcher m, int month, List<DayExpression> days) {
            add(pattern, m, m.end(), month, days);
        }

        void add(Prefiltered pattern, Matcher m, int end, int month, List<DayExpression> days) {
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
            take(m.start(), end);
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
        void resolve(List<DayExpression> days) {
            // without a publication date a day without year is the reporting day's year (its latest date given
            // with weekday and year, Senin (18/5/2026)), else the page's year, else the year the article's dates
            // give most
            datedDay = published != null ? null : days.stream()
                    .filter(d -> d.year() != null && d.weekday() != null && fits(d, d.year()))
                    .map(d -> LocalDate.of(d.year(), d.month(), d.day())).max(Comparator.naturalOrder()).orElse(null);
            Integer datedYear = datedDay == null ? null : datedDay.getYear();
            boolean pageYearDecides = datedYear == null && pageYear != null; // pageYear is null with a publication date
            Integer articleYear = published != null ? null : datedYear != null ? datedYear : pageYearDecides ? pageYear
                    : mostCommon(days.stream().map(DayExpression::year).filter(Objects::nonNull).toList());
            // a year ahead of today is a projection (pada tahun 2050), never the year of a day reported
            Integer namedYear = published != null ? null : mostCommon(yearNumbers().stream()
                    .filter(y -> y <= today.getYear()).toList());
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
                Integer year = d.year();
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

        /** The one year each day of a month (month * 100 + day) is written with, for days written with one year only. */
        static Map<Integer, Integer> writtenYears(List<DayExpression> days) {
            Map<Integer, Set<Integer>> years = new java.util.HashMap<>();
            for (DayExpression d : days) {
                if (d.year() != null && d.lastDay() == null) years.computeIfAbsent(d.month() * 100 + d.day(), k -> new HashSet<>()).add(d.year());
            }
            Map<Integer, Integer> one = new java.util.HashMap<>();
            years.forEach((day, ys) -> { if (ys.size() == 1) one.put(day, ys.iterator().next()); });
            return one;
        }

        /** The years written as numbers in the text, in order. */
        List<Integer> yearNumbers() {
            List<Integer> years = new ArrayList<>();
            Matcher m = YEAR_NUMBER.matcher(text);
            while (YEAR_NUMBER.find(m, openings)) years.add(Integer.parseInt(m.group()));
            return years;
        }

        /**
         * A December day in a story dated January belongs to the year before (and a January day
         * in a December story to the next); read so when its weekday says so.
         */
        static int acrossNewYear(DayExpression d, int year, Set<Integer> articleMonths) {
            if (d.weekday() == null || fits(d, year)) return year;
            if (d.month() == 12 && articleMonths.contains(1) && fits(d, year - 1)) return year - 1;
            if (d.month() == 1 && articleMonths.contains(12) && fits(d, year + 1)) return year + 1;
            return year;
        }

        static boolean fits(DayExpression d, int year) {
            try {
                return LocalDate.of(year, d.month(), d.day()).getDayOfWeek() == d.weekday();
            } catch (DateTimeException e) {
                return false;
            }
        }

        void add(DayExpression d, int year, Kind kind) {
            LocalDate first;
            LocalDate last = null;
            try {
                first = LocalDate.of(year, d.month(), d.day());
                if (d.lastDay() != null) last = first.withDayOfMonth(d.lastDay());
            } catch (DateTimeException e) {
                return; // 31/2 and the like: not a date
            }
            // without a publication date the reporting day stands in for it, for a day no weekday pins to its year
            LocalDate written = published != null ? published : d.weekday() == null ? datedDay : null;
            if (kind == Kind.PARTIAL && written != null
                    && ChronoUnit.DAYS.between(written, first) > MAX_DAYS_AHEAD_WITHOUT_YEAR) {
                first = first.minusYears(1);
                last = last == null ? null : last.minusYears(1);
            }
            if (last != null && !last.isAfter(first)) last = null;
            dates.add(new DateMention(d.text(), first, d.start(), d.end(), kind));
            if (last != null) dates.add(new DateMention(d.text(), last, d.start(), d.end(), kind));
            for (int listed : d.listed()) {
                if (listed < 1 || listed > first.lengthOfMonth() || listed == first.getDayOfMonth()) continue;
                dates.add(new DateMention(d.text(), first.withDayOfMonth(listed), d.start(), d.end(), kind));
            }
            if (d.weekday() != null && d.weekday() != first.getDayOfWeek()) {
                warnings.add(new Warning("weekday-mismatch", "'" + d.text().strip() + "': " + first + " was a "
                        + first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", not a "
                        + d.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "; the date is kept",
                        d.start(), d.end()));
            }
            if (d.weekday() == null) return;
            weekdayDays.add(first);
            if (!scheduled(d.start(), d.end())) {
                if (anchor == null || first.isAfter(anchor)) anchor = first;
            } else if (scheduledAnchor == null || first.isAfter(scheduledAnchor)) {
                scheduledAnchor = first;
            }
        }

        /** Whether the day at {@code [start, end)} is planned or ends a span, by the words of its sentence around it. */
        boolean scheduled(int start, int end) {
            return SCHEDULED_BEFORE.matcher(sentenceBefore(start, SCHEDULE_WINDOW)).find() || plannedAfter(end);
        }

        /** Whether the day at {@code [start, end)} is one planned ({@code akan diumumkan Kamis}, {@code Kamis mendatang}). */
        boolean planned(int start, int end) {
            return PLANNED_BEFORE.matcher(sentenceBefore(start, SCHEDULE_WINDOW)).find() || plannedAfter(end);
        }

        boolean plannedAfter(int end) {
            return SCHEDULED_AFTER.matcher(textAfter(end, SCHEDULE_WINDOW)).find();
        }

        /** The words of {@code start}'s sentence before it, at most {@code window} characters. */
        String sentenceBefore(int start, int window) {
            String before = textBefore(start, window);
            int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("\n"), before.lastIndexOf("? ")));
            return stop >= 0 ? before.substring(stop + 1) : before;
        }

        /** The most frequent value, the earliest winning a tie; null for none. */
        static Integer mostCommon(List<Integer> years) {
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            for (Integer y : years) counts.merge(y, 1, Integer::sum);
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        Integer latestYearWith(DayExpression d) {
            for (int y = today.getYear(); y > today.getYear() - MAX_YEARS_BACK_FOR_WEEKDAY; y--) {
                if (fits(d, y)) return y;
            }
            return null;
        }

        /**
         * Without a publication date or any dated day: the day of a holiday's service the story gives, in the year
         * written with it ({@code misa Natal 2025}) or the page's year, when a bare weekday in its sentence or the next
         * is the weekday it fell on ({@code misa Malam Natal di Katedral, Rabu}: 24 December 2025 was a Wednesday).
         * The story was written on it. Else null.
         */
        LocalDate holidayOfTheDay() {
            Matcher m = HOLIDAY.matcher(text);
            BitSet weekly = null;
            while (HOLIDAY.find(m, openings)) {
                if (AROUND_HOLIDAY.matcher(textBefore(m.start(), QUALIFIED_WINDOW)).find()) continue;
                Integer year = m.group("y") != null ? Integer.valueOf(m.group("y")) : pageYear;
                if (year == null) continue;
                LocalDate holiday = CAL.holiday(m.group("h")).atYear(year);
                if (weekly == null) weekly = weeklySchedules();
                int nextSentenceEnd = sentenceEnd(Math.min(text.length(), sentenceEnd(m.end()) + 1));
                Matcher w = WEEKDAY.matcher(text).region(sentenceStart(m.start()), text.length());
                while (WEEKDAY.find(w, openings) && w.start() < nextSentenceEnd) {
                    if (w.group("dir") == null && namesOneDay(w, weekly)
                            && CAL.weekday(w.group("wd")) == holiday.getDayOfWeek()) return holiday;
                }
            }
            return null;
        }

        void relativeSpans() {
            Matcher m = RELATIVE_SPAN.matcher(text);
            while (RELATIVE_SPAN.find(m, openings)) {
                if (isTaken(m) || reference == null) continue;
                int n = m.group("n") == null ? 1
                        : m.group("n").chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group("n"))
                        : CAL.number(m.group("n"));
                String dir = m.group("dir").toLowerCase(Locale.ROOT);
                int sign = dir.equals("lalu") || dir.equals("silam") ? -1 : 1;
                ChronoUnit unit = switch (m.group("u").toLowerCase(Locale.ROOT)) {
                    case "hari" -> ChronoUnit.DAYS;
                    case "minggu", "pekan" -> ChronoUnit.WEEKS;
                    case "bulan" -> ChronoUnit.MONTHS;
                    default -> ChronoUnit.YEARS;
                };
                LocalDate day = reference.plus((long) sign * n, unit);
                take(m.start(), m.end());
                String q = m.group("q") == null ? "" : m.group("q").toLowerCase(Locale.ROOT);
                if (unit == ChronoUnit.DAYS && q.isEmpty()) {
                    dates.add(new DateMention(m.group(), day, m.start(), m.end(), Kind.RELATIVE));
                } else {
                    String relation = q.startsWith("kurang") || q.startsWith("dalam") ? (sign > 0 ? "before" : "after")
                            : q.startsWith("lebih") ? (sign > 0 ? "after" : "before")
                            : q.isEmpty() ? "at" : "about";
                    periods.add(new Period(m.group(), day.toString(), m.start(), m.end(), "day", relation));
                }
            }
        }

        /**
         * Without a publication date, a relative day word followed by its own date ({@code besok (30/1)},
         * {@code kemarin (28/1)}) says outright which day the article calls today: that day less the word's offset.
         * The first such pair wins; it beats the latest weekday date, which may be a day forecast or planned.
         */
        LocalDate dayNamedByRelativeWord() {
            Matcher m = RELATIVE_DAY.matcher(text);
            while (RELATIVE_DAY.find(m, openings)) {
                int open = m.end();
                while (open < text.length() && Character.isWhitespace(text.charAt(open))) open++;
                if (open == m.end() || open >= text.length() || text.charAt(open) != '(') continue;
                for (DateMention d : dates) {
                    if (d.start() == open) return d.value().minusDays(CAL.relativeDay(m.group("w")));
                }
            }
            return null;
        }

        /**
         * Whether the text speaks of tomorrow ({@code besok}, {@code esok hari}) before it first names {@code day}, the
         * latest day it gives with a weekday. Without a publication date, when it also gives the day before with its
         * weekday ({@code Selasa (29/1)} ... {@code besok} ... {@code untuk perdagangan Rabu (30/1)}), it was written on
         * that day before: {@code day} is the tomorrow it looks ahead to, not its today; so too with the tomorrow after
         * {@code day} when the text names the day before first. Named first and then called tomorrow ({@code ditemui
         * Jumat (7/11). "... besok"}), {@code day} is the day of saying.
         */
        boolean tomorrowBefore(LocalDate day) {
            if (weekdayDays.stream().anyMatch(day::isBefore)) return false;
            int named = firstNamed(day);
            // the day before named first as the day of saying ("ungkapnya, Senin (2/6/2025)" ... "pada hari pertama,
            // Selasa (3/6/2025)" ... "Besok akan menjadi ..."): a tomorrow spoken of anywhere is the later day
            int until = saidOnBefore(day.minusDays(1), named) ? text.length() : named;
            Matcher m = RELATIVE_DAY.matcher(text);
            while (RELATIVE_DAY.find(m, openings) && m.start() < until) if (CAL.relativeDay(m.group("w")) == 1) return true;
            return false;
        }

        /**
         * Whether the text gives {@code day} before {@code limit} as the day something was said ({@code kata Budi di
         * Jakarta, Selasa (4/11/2025)}, {@code ungkap Encep saat dikonfirmasi, Kamis (6/11/2025)}) or as today
         * ({@code Sabtu (28/4/2018) ini}).
         */
        boolean saidOnBefore(LocalDate day, int limit) {
            for (DateMention d : dates) {
                if (!d.value().equals(day) || d.start() >= limit) continue;
                if (TODAY_AFTER.matcher(textAfter(d.end(), SCHEDULE_WINDOW)).find()) return true;
                if (hasSpeechCue(sentenceBefore(d.start(), SAID_WINDOW))) return true;
            }
            return false;
        }

        /** Whether {@code words} hold a speech cue ({@code kata}, {@code dikonfirmasi}) or an inverted one with {@code -nya}. */
        static boolean hasSpeechCue(String words) {
            for (String w : NON_LETTERS.split(words.toLowerCase(Locale.ROOT))) {
                if (SpeechCue.byWord().containsKey(w) || SpeechCue.invertedBase(w) != null) return true;
            }
            return false;
        }

        /** Where the text first names {@code day}; -1 when it does not. */
        int firstNamed(LocalDate day) {
            return dates.stream().filter(d -> d.value().equals(day)).mapToInt(DateMention::start).min().orElse(-1);
        }

        void relativeDays() {
            Matcher m = RELATIVE_DAY.matcher(text);
            while (RELATIVE_DAY.find(m, openings)) {
                if (isTaken(m) || reference == null || kemarinMeansLast(m)) continue;
                take(m.start(), m.end());
                if (qualifiesDayBefore(m.start())) continue; // "Kamis (30/3/2017) kemarin": that Thursday, said to be yesterday
                if (OF_A_TOLD_DAY.matcher(textAfter(m.end(), QUALIFIED_WINDOW)).find()) continue; // "ditemukan esok harinya"
                LocalDate day = reference.plusDays(CAL.relativeDay(m.group("w")));
                dates.add(new DateMention(m.group(), day, m.start(), m.end(), Kind.RELATIVE));
            }
        }

        /**
         * Whether a relative day is {@code kemarin} meaning "the last one", not yesterday: after a stretch of time
         * ({@link #QUALIFIED_BY_KEMARIN}) or before a bracket naming a thing ({@link #KEMARIN_OF_A_THING}).
         */
        boolean kemarinMeansLast(Matcher m) {
            return m.group("w").equalsIgnoreCase("kemarin")
                    && (QUALIFIED_BY_KEMARIN.matcher(textBefore(m.start(), QUALIFIED_WINDOW)).find()
                    || KEMARIN_OF_A_THING.matcher(textAfter(m.end(), QUALIFIED_WINDOW)).find());
        }

        /**
         * A bare weekday means the last such day up to the publication date; the next one when it is
         * planned ({@code akan digelar Kamis}, {@code Kamis mendatang}) or said to be next ({@code depan}).
         * Without a publication date one a day or two after the article's own dated day is that next one.
         */
        void weekdays() {
            BitSet weekly = weeklySchedules();
            Matcher m = WEEKDAY.matcher(text);
            while (WEEKDAY.find(m, openings)) {
                if (reference == null || !namesOneDay(m, weekly)) continue;
                DayOfWeek day = CAL.weekday(m.group("wd"));
                String dir = m.group("dir");
                LocalDate glossed = dir == null ? relativeGlossed(m.start(), day) : null;
                LocalDate joined = dir == null ? dayJustBefore(m.start()) : null;
                if (joined == null && dir == null) joined = weekdayJustBefore(m.start(), day);
                LocalDate date = glossed != null ? glossed // "besok (Rabu)": the day the relative word names
                        : joined != null ? joined.with(TemporalAdjusters.next(day)) // "Minggu (26/10) atau Senin"
                        : "depan".equals(dir) ? reference.with(TemporalAdjusters.next(day))
                        : dir == null && planned(m.start(), m.end("wd")) ? reference.with(TemporalAdjusters.nextOrSame(day))
                        : dir != null ? reference.with(TemporalAdjusters.previous(day))
                        : justAfterAnchor(day) ? reference.with(TemporalAdjusters.next(day))
                        : reference.with(TemporalAdjusters.previousOrSame(day));
                int end = dir == null ? m.end("wd") : m.end();
                take(m.start(), end);
                dates.add(new DateMention(text.substring(m.start(), end), date, m.start(), end, Kind.RELATIVE));
            }
        }

        /**
         * Where weekdays name a weekly schedule: each {@link #HABITUAL} match to the end of its sentence, since the
         * schedule goes on ({@code 195 menit dari Senin hingga Kamis dan 120 menit pada Jumat}).
         */
        BitSet weeklySchedules() {
            BitSet weekly = new BitSet();
            Matcher m = HABITUAL.matcher(text);
            while (HABITUAL.find(m, openings)) {
                if (isTaken(m)) continue;
                weekly.set(m.start(), sentenceEnd(m.end()));
            }
            return weekly;
        }

        /** The text's last {@code width} characters (or fewer) before {@code offset}. */
        String textBefore(int offset, int width) {
            return text.substring(Math.max(0, offset - width), offset);
        }

        /** The text's first {@code width} characters (or fewer) from {@code offset}. */
        String textAfter(int offset, int width) {
            return text.substring(offset, Math.min(text.length(), offset + width));
        }

        /** Where the sentence holding {@code offset} starts (after a full stop and space, a line break, or at the text's start). */
        int sentenceStart(int offset) {
            int stop = Math.max(text.lastIndexOf(". ", offset - 1), Math.max(text.lastIndexOf("? ", offset - 1),
                    text.lastIndexOf('\n', offset - 1)));
            return stop < 0 ? 0 : text.charAt(stop) == '\n' ? stop + 1 : stop + 2;
        }

        /** Where the sentence holding {@code offset} ends (a full stop and space, a line break, or the text's end). */
        int sentenceEnd(int offset) {
            int stop = text.indexOf(". ", offset), line = text.indexOf('\n', offset);
            if (stop < 0) stop = text.length();
            if (line < 0) line = text.length();
            return Math.min(stop, line);
        }

        /**
         * Without a publication date the article's own "today" is as often a day of the events (pertemuan ...
         * Rabu (24/12)) as the reporting day: a bare weekday at most {@link #MAX_DAYS_AFTER_ANCHOR} days after it
         * is the report's day after the events ({@code kata X saat dihubungi, Kamis}), not the week before.
         */
        boolean justAfterAnchor(DayOfWeek day) {
            return published == null && !reference.with(TemporalAdjusters.next(day))
                    .isAfter(reference.plusDays(MAX_DAYS_AFTER_ANCHOR));
        }

        /** Whether a day expression ends just before {@code start}, only spaces between. */
        boolean qualifiesDayBefore(int start) {
            int i = start;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
            if (i == start) return false;
            DateMention last = dateEndingBy(i);
            return last != null && last.end() == i;
        }

        /** {@code besok (Rabu)}: a bracketed weekday right after a relative day is that day, when the two agree; else null. */
        LocalDate relativeGlossed(int start, DayOfWeek day) {
            for (DateMention d : dates) {
                if (d.kind() == Kind.RELATIVE && d.end() <= start && d.value().getDayOfWeek() == day
                        && BRACKET_OPEN.matcher(text.substring(d.end(), start)).matches()) return d.value();
            }
            return null;
        }

        /** The day a date just before {@code start} gives, joined to it by {@code atau}, {@code dan} or a dash; else null. */
        LocalDate dayJustBefore(int start) {
            DateMention last = dateEndingBy(start);
            if (last == null || start - last.end() > SCHEDULE_WINDOW) return null;
            return JOINED_TO_DAY.matcher(text.substring(last.end(), start)).matches() ? last.value() : null;
        }

        /**
         * {@code Rabu dan Kamis}: a bare weekday joined to the bare weekday just before it names a day of the same
         * few, counted on from that one (said on a Wednesday, the Thursday to come): that one's day, or null when
         * there is no such weekday or this one comes more than {@link #MAX_DAYS_IN_PAIR} days after it.
         */
        LocalDate weekdayJustBefore(int start, DayOfWeek day) {
            DateMention last = endingBy(start, d -> true);
            if (last == null || last.kind() != Kind.RELATIVE || !last.text().matches(BARE_WEEKDAY)
                    || !JOINED_TO_DAY.matcher(text.substring(last.end(), start)).matches()) return null;
            LocalDate next = last.value().with(TemporalAdjusters.next(day));
            return next.isAfter(last.value().plusDays(MAX_DAYS_IN_PAIR)) ? null : last.value();
        }

        /** The date (no relative one) that ends last at or before {@code offset}; null for none. */
        DateMention dateEndingBy(int offset) {
            return endingBy(offset, d -> d.kind() != Kind.RELATIVE);
        }

        /** The mention {@code which} accepts that ends last at or before {@code offset}; null for none. */
        private DateMention endingBy(int offset, Predicate<DateMention> which) {
            DateMention last = null;
            for (DateMention d : dates) {
                if (d.end() <= offset && which.test(d) && (last == null || d.end() >= last.end())) last = d;
            }
            return last;
        }

        /**
         * Whether a {@link #WEEKDAY} match names a day of its own: no fuller date has taken it, no weekly schedule
         * ({@link #weeklySchedules}) holds it, and {@code Minggu} reads as Sunday.
         */
        boolean namesOneDay(Matcher m, BitSet weekly) {
            return !isTaken(m) && !weekly.get(m.start()) && (!m.group("wd").equals("Minggu") || readsAsSunday(m));
        }

        /** "Minggu" is also "week": take it as Sunday only mid-sentence, after {@code pada}/{@code hari} or a comma. */
        boolean readsAsSunday(Matcher m) {
            String before = textBefore(m.start(), 6).toLowerCase(Locale.ROOT);
            return SUNDAY_CUE.matcher(before).matches() && !"lalu".equals(m.group("dir"));
        }

        void monthsAndYears() {
            Matcher m = MONTH_YEAR.matcher(text);
            while (MONTH_YEAR.find(m, openings)) {
                if (isTaken(m)) continue;
                take(m.start(), m.end());
                String value = "%s-%02d".formatted(m.group("y"), CAL.month(m.group("mon")));
                periods.add(new Period(m.group(), value, m.start(), m.end(), "month", relation(m.group("q"))));
            }
            m = YEAR.matcher(text);
            while (YEAR.find(m, openings)) {
                if (isTaken(m)) continue;
                take(m.start(), m.end());
                periods.add(new Period(m.group(), m.group("y"), m.start(), m.end(), "year", relation(m.group("q"))));
            }
        }

        static String relation(String cue) {
            if (cue == null) return "at";
            return switch (cue.toLowerCase(Locale.ROOT)) {
                case "sejak" -> "since";
                case "hingga", "sampai" -> "until";
                default -> "at";
            };
        }

        boolean isTaken(Matcher m) {
            int next = taken.nextSetBit(m.start());
            return next >= 0 && next < m.end();
        }

        void take(int start, int end) {
            taken.set(start, end);
        }
    }
}
