package id.warta.dates;

import id.warta.model.DateMention;
import id.warta.model.DateMention.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bare weekdays ({@code Kamis}, {@code Senin lalu}, {@code akan digelar Rabu}): each is dated from the article's day
 * ({@link Scan#reference}) or from a day just before it, unless it belongs to a weekly schedule ({@code setiap Jumat}).
 */
public final class Weekdays {
    private static final Calendar CAL = Calendar.INSTANCE;
    /** A weekday capitalised as a name. */
    private static final String BARE_WEEKDAY = "(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)";
    /** A bare weekday ({@code Kamis}, {@code Senin lalu}). */
    static final Prefiltered WEEKDAY = Prefiltered.wordStart(Pattern.compile("\\b(?<wd>" + BARE_WEEKDAY
            + ")\\b(?:\\s+(?<dir>lalu|kemarin|depan))?"));
    /** How often in a week: {@code tiga kali dalam sepekan}, {@code sekali seminggu}, {@code seminggu dua kali}. */
    private static final String TIMES_A_WEEK = "(?iu:(?:(?:\\d+|se|" + CAL.numberPattern() + ")\\s*kali\\s+(?:dalam\\s+)?"
            + "(?:se|satu\\s+)(?:minggu|pekan)|(?:seminggu|sepekan)\\s+(?:sekali|(?:\\d+|" + CAL.numberPattern() + ")\\s+kali)))";
    /**
     * A weekly schedule, no one day: {@code setiap Jumat}, {@code setiap malam Jumat}, the days of a weekly
     * frequency ({@code tiga kali sepekan, yaitu Senin, Rabu, dan Jumat}), and a range of bare weekdays
     * ({@code Senin hingga Kamis}, {@code Senin-Jumat}), which a story gives dates when it means one week's days.
     */
    static final Prefiltered HABITUAL = Prefiltered.wordStart(Pattern.compile("(?u)\\b(?:(?:(?iu:setiap|tiap|saban)\\s+"
            + "(?:(?iu:hari|pagi|siang|sore|petang|malam)\\s+)?|" + TIMES_A_WEEK + "\\s*,?\\s*(?:(?iu:yaitu|yakni|pada|di|setiap|tiap)"
            + "\\s+)?(?:(?iu:hari)\\s+)?)" + BARE_WEEKDAY + "|" + BARE_WEEKDAY + "\\s*(?:" + DayExpressions.RANGE_DASH + "|(?iu:"
            + DayExpressions.RANGE_WORDS + "))\\s*" + BARE_WEEKDAY + ")\\b(?!\\s*,?\\s*\\(?\\s*\\d)"));
    /** A weekday opening a date as written ({@code Senin} of {@code Senin (24/3/2025)}). */
    private static final Pattern OPENING_WEEKDAY = Pattern.compile(BARE_WEEKDAY + "\\b");
    /** What stands between a relative day and the weekday bracketed after it ({@code besok (Rabu)}). */
    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*\\(\\s*");
    /** What joins a bare weekday to the dated day just before it ({@code Minggu (26/10/2025) atau Senin}). */
    private static final Pattern JOINED_TO_DAY = Pattern.compile("(?iu)^\\s*(?:atau|dan|hingga|sampai|[-–])\\s*(?:hari\\s+)?$");
    /** What comes before {@code Minggu} when it names Sunday, not a week. */
    private static final Pattern SUNDAY_CUE = Pattern.compile("(?s).*(pada|hari|,)\\s*$");
    /** How many days after the article's own dated day (no publication date) a bare weekday may still fall. */
    private static final int MAX_DAYS_AFTER_ANCHOR = 2;
    /** How far apart two bare weekdays joined by {@code dan} ({@code Selasa dan Kamis}) may be to be days of one week. */
    private static final int MAX_DAYS_IN_PAIR = 3;

    private final Scan scan;
    private final String text;

    Weekdays(Scan scan) {
        this.scan = scan;
        this.text = scan.text;
    }

    /**
     * Whether a word is an Indonesian weekday's name ({@code Senin}, {@code Jum'at}, {@code Ahad}), in any case: the one
     * list of them ({@code calendar.tsv}), for the layers that must not read a weekday as a name.
     */
    public static boolean isName(String word) {
        return CAL.isWeekday(word);
    }

    /**
     * A bare weekday means the last such day up to the publication date; the next one when it is
     * planned ({@code akan digelar Kamis}, {@code Kamis mendatang}) or said to be next ({@code depan}).
     * Without a publication date one a day or two after the article's own dated day is that next one.
     */
    static void find(Scan scan) {
        new Weekdays(scan).dates();
    }

    private void dates() {
        LocalDate reference = scan.reference;
        BitSet weekly = weeklySchedules();
        Matcher m = WEEKDAY.matcher(text);
        while (WEEKDAY.find(m, scan.openings)) {
            if (reference == null || !namesOneDay(m, weekly)) continue;
            DayOfWeek day = CAL.weekday(m.group("wd"));
            String dir = m.group("dir");
            LocalDate glossed = dir == null ? relativeGlossed(m.start(), day) : null;
            LocalDate joined = dir == null ? dayJustBefore(m.start()) : null;
            if (joined == null && dir == null) joined = weekdayJustBefore(m.start(), day);
            LocalDate date = glossed != null ? glossed // "besok (Rabu)": the day the relative word names
                    : joined != null ? joined.with(TemporalAdjusters.next(day)) // "Minggu (26/10) atau Senin"
                    : "depan".equals(dir) ? reference.with(TemporalAdjusters.next(day))
                    : dir == null && Plans.planned(scan, m.start(), m.end("wd")) ? reference.with(TemporalAdjusters.nextOrSame(day))
                    : dir != null ? reference.with(TemporalAdjusters.previous(day))
                    : justAfterAnchor(day) ? reference.with(TemporalAdjusters.next(day))
                    : reference.with(TemporalAdjusters.previousOrSame(day));
            if (dir == null && glossed == null && joined == null) date = repeatedDay(m.start(), day, date);
            int end = dir == null ? m.end("wd") : m.end();
            scan.take(m.start(), end);
            scan.dates.add(new DateMention(text.substring(m.start(), end), date, m.start(), end, Kind.RELATIVE));
        }
    }

    /**
     * Where weekdays name a weekly schedule: each {@link #HABITUAL} match to the end of its sentence, since the
     * schedule goes on ({@code 195 menit dari Senin hingga Kamis dan 120 menit pada Jumat}).
     */
    BitSet weeklySchedules() {
        BitSet weekly = new BitSet();
        Matcher m = HABITUAL.matcher(text);
        while (HABITUAL.find(m, scan.openings)) {
            if (scan.isTaken(m)) continue;
            weekly.set(m.start(), scan.sentenceEnd(m.end()));
        }
        return weekly;
    }

    /**
     * Whether a {@link #WEEKDAY} match names a day of its own: no fuller date has taken it, no weekly schedule
     * ({@link #weeklySchedules}) holds it, and {@code Minggu} reads as Sunday.
     */
    boolean namesOneDay(Matcher m, BitSet weekly) {
        return !scan.isTaken(m) && !weekly.get(m.start()) && (!m.group("wd").equals("Minggu") || readsAsSunday(m));
    }

    /** "Minggu" is also "week": take it as Sunday only mid-sentence, after {@code pada}/{@code hari} or a comma. */
    private boolean readsAsSunday(Matcher m) {
        String before = scan.textBefore(m.start(), 6).toLowerCase(Locale.ROOT);
        return SUNDAY_CUE.matcher(before).matches() && !"lalu".equals(m.group("dir"));
    }

    /**
     * Without a publication date the article's own "today" is as often a day of the events (pertemuan ...
     * Rabu (24/12)) as the reporting day: a bare weekday at most {@link #MAX_DAYS_AFTER_ANCHOR} days after it
     * is the report's day after the events ({@code kata X saat dihubungi, Kamis}), not the week before.
     */
    private boolean justAfterAnchor(DayOfWeek day) {
        return scan.published == null && !scan.reference.with(TemporalAdjusters.next(day))
                .isAfter(scan.reference.plusDays(MAX_DAYS_AFTER_ANCHOR));
    }

    /**
     * {@code Senin (24/3/2025) ... kata Rosan di Jakarta, Senin.}: a bare weekday after a day written with the same
     * weekday repeats that day, when the day it would otherwise be ({@code reckoned}, counted from the publication
     * date) is written nowhere in the text: the story dates its events once and names their weekday after. The
     * latest such day before {@code start}, or {@code reckoned}.
     */
    private LocalDate repeatedDay(int start, DayOfWeek day, LocalDate reckoned) {
        DateMention dated = scan.endingBy(start, d -> d.kind() != Kind.RELATIVE && writtenWith(d, day));
        if (dated == null || dated.value().equals(reckoned)) return reckoned;
        for (DateMention d : scan.dates) {
            if (d.kind() != Kind.RELATIVE && d.value().equals(reckoned)) return reckoned;
        }
        return dated.value();
    }

    /**
     * Whether a date is written opening with the weekday {@code day} and falls on it ({@code Senin (24/3/2025)}); a
     * date its weekday contradicts ({@code Rabu (6/11/2025)}, a Thursday) may be a slip in either, and dates no other.
     */
    private static boolean writtenWith(DateMention d, DayOfWeek day) {
        Matcher m = OPENING_WEEKDAY.matcher(d.text());
        return m.lookingAt() && CAL.weekday(m.group()) == day && d.value().getDayOfWeek() == day;
    }

    /** {@code besok (Rabu)}: a bracketed weekday right after a relative day is that day, when the two agree; else null. */
    private LocalDate relativeGlossed(int start, DayOfWeek day) {
        for (DateMention d : scan.dates) {
            if (d.kind() == Kind.RELATIVE && d.end() <= start && d.value().getDayOfWeek() == day
                    && BRACKET_OPEN.matcher(text.substring(d.end(), start)).matches()) return d.value();
        }
        return null;
    }

    /** The day a date just before {@code start} gives, joined to it by {@code atau}, {@code dan} or a dash; else null. */
    private LocalDate dayJustBefore(int start) {
        DateMention last = scan.dateEndingBy(start);
        if (last == null || start - last.end() > Plans.SCHEDULE_WINDOW) return null;
        return JOINED_TO_DAY.matcher(text.substring(last.end(), start)).matches() ? last.value() : null;
    }

    /**
     * {@code Rabu dan Kamis}: a bare weekday joined to the bare weekday just before it names a day of the same
     * few, counted on from that one (said on a Wednesday, the Thursday to come): that one's day, or null when
     * there is no such weekday or this one comes more than {@link #MAX_DAYS_IN_PAIR} days after it.
     */
    private LocalDate weekdayJustBefore(int start, DayOfWeek day) {
        DateMention last = scan.endingBy(start, d -> true);
        if (last == null || last.kind() != Kind.RELATIVE || !last.text().matches(BARE_WEEKDAY)
                || !JOINED_TO_DAY.matcher(text.substring(last.end(), start)).matches()) return null;
        LocalDate next = last.value().with(TemporalAdjusters.next(day));
        return next.isAfter(last.value().plusDays(MAX_DAYS_IN_PAIR)) ? null : last.value();
    }
}
