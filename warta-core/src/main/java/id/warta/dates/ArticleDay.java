package id.warta.dates;

import id.warta.language.SpeechCue;
import id.warta.model.DateMention;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the article's own day when it has no publication date ({@link Scan#anchor}): the day a relative word gives
 * outright, else its latest day given with a weekday (the day before, when that one is the tomorrow it looks ahead
 * to), else its latest planned day, else the holiday it was written on. Relative expressions resolve against it.
 */
final class ArticleDay {
    private static final Calendar CAL = Calendar.INSTANCE;
    /**
     * A holiday's service kept on a fixed date ({@code Malam Natal}, {@code misa Natal 2025}), with the year written
     * after it; not in the regency of Mandailing Natal.
     */
    static final Prefiltered HOLIDAY = Prefiltered.wordStart(Pattern.compile("(?iu)(?<!mandailing\\s)\\b(?<h>"
            + CAL.holidayPattern() + ")\\b(?:\\s+(?<y>(?:19|20)\\d{2})\\b(?![/-]))?"));
    /** Words before a holiday that put the story's day before or after it ({@code menjelang Malam Natal}). */
    private static final Pattern AROUND_HOLIDAY = Pattern.compile("(?iu)\\b(?:jelang|menjelang|sebelum|usai|seusai|pasca|setelah"
            + "|sesudah|selepas)\\s+(?:(?:misa|ibadah|kebaktian|perayaan)\\s+)?$");
    /** How far before a day the verb of saying it is the day of may stand ({@code ungkapnya dalam Konferensi Pers ..., Senin}). */
    private static final int SAID_WINDOW = 100;
    /** {@code Sabtu (28/4/2018) ini}: a day the text calls today (read as far as {@link Plans#SCHEDULE_WINDOW}). */
    private static final Pattern TODAY_AFTER = Pattern.compile("(?iu)^\\s*ini\\b");

    private final Scan scan;
    private final String text;

    private ArticleDay(Scan scan) {
        this.scan = scan;
        this.text = scan.text;
    }

    /** Settles the article's own day and, without a publication date, makes it the day relative expressions count from. */
    static void settle(Scan scan) {
        ArticleDay day = new ArticleDay(scan);
        if (scan.published == null) {
            LocalDate said = day.dayNamedByRelativeWord();
            if (said != null) scan.anchor = said;
            else if (scan.anchor != null && scan.weekdayDays.contains(scan.anchor.minusDays(1))
                    && day.tomorrowBefore(scan.anchor)) {
                scan.anchor = scan.anchor.minusDays(1);
            }
        }
        if (scan.anchor == null) scan.anchor = scan.scheduledAnchor;
        if (scan.anchor == null && scan.published == null) scan.anchor = day.holidayOfTheDay();
        if (scan.reference == null) scan.reference = scan.anchor;
    }

    /**
     * Without a publication date, a relative day word followed by its own date ({@code besok (30/1)},
     * {@code kemarin (28/1)}) says outright which day the article calls today: that day less the word's offset.
     * The first such pair wins; it beats the latest weekday date, which may be a day forecast or planned.
     */
    private LocalDate dayNamedByRelativeWord() {
        Matcher m = RelativeDays.RELATIVE_DAY.matcher(text);
        while (RelativeDays.RELATIVE_DAY.find(m, scan.openings)) {
            int open = m.end();
            while (open < text.length() && Character.isWhitespace(text.charAt(open))) open++;
            if (open == m.end() || open >= text.length() || text.charAt(open) != '(') continue;
            for (DateMention d : scan.dates) {
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
    private boolean tomorrowBefore(LocalDate day) {
        if (scan.weekdayDays.stream().anyMatch(day::isBefore)) return false;
        int named = firstNamed(day);
        // the day before named first as the day of saying ("ungkapnya, Senin (2/6/2025)" ... "pada hari pertama,
        // Selasa (3/6/2025)" ... "Besok akan menjadi ..."): a tomorrow spoken of anywhere is the later day
        int until = saidOnBefore(day.minusDays(1), named) ? text.length() : named;
        Matcher m = RelativeDays.RELATIVE_DAY.matcher(text);
        while (RelativeDays.RELATIVE_DAY.find(m, scan.openings) && m.start() < until) {
            if (CAL.relativeDay(m.group("w")) == 1) return true;
        }
        return false;
    }

    /**
     * Whether the text gives {@code day} before {@code limit} as the day something was said ({@code kata Budi di
     * Jakarta, Selasa (4/11/2025)}, {@code ungkap Encep saat dikonfirmasi, Kamis (6/11/2025)}) or as today
     * ({@code Sabtu (28/4/2018) ini}).
     */
    private boolean saidOnBefore(LocalDate day, int limit) {
        for (DateMention d : scan.dates) {
            if (!d.value().equals(day) || d.start() >= limit) continue;
            if (TODAY_AFTER.matcher(scan.textAfter(d.end(), Plans.SCHEDULE_WINDOW)).find()) return true;
            if (SpeechCue.anyIn(scan.sentenceBefore(d.start(), SAID_WINDOW))) return true;
        }
        return false;
    }


    /** Where the text first names {@code day}; -1 when it does not. */
    private int firstNamed(LocalDate day) {
        return scan.dates.stream().filter(d -> d.value().equals(day)).mapToInt(DateMention::start).min().orElse(-1);
    }

    /**
     * Without a publication date or any dated day: the day of a holiday's service the story gives, in the year
     * written with it ({@code misa Natal 2025}) or the page's year, when a bare weekday in its sentence or the next
     * is the weekday it fell on ({@code misa Malam Natal di Katedral, Rabu}: 24 December 2025 was a Wednesday).
     * The story was written on it. Else null.
     */
    private LocalDate holidayOfTheDay() {
        Matcher m = HOLIDAY.matcher(text);
        Weekdays weekdays = new Weekdays(scan);
        BitSet weekly = null;
        while (HOLIDAY.find(m, scan.openings)) {
            if (AROUND_HOLIDAY.matcher(scan.textBefore(m.start(), RelativeDays.QUALIFIED_WINDOW)).find()) continue;
            Integer year = m.group("y") != null ? Integer.valueOf(m.group("y")) : scan.pageYear;
            if (year == null) continue;
            LocalDate holiday = CAL.holiday(m.group("h")).atYear(year);
            if (weekly == null) weekly = weekdays.weeklySchedules();
            int nextSentenceEnd = scan.sentenceEnd(Math.min(text.length(), scan.sentenceEnd(m.end()) + 1));
            Matcher w = Weekdays.WEEKDAY.matcher(text).region(scan.sentenceStart(m.start()), text.length());
            while (Weekdays.WEEKDAY.find(w, scan.openings) && w.start() < nextSentenceEnd) {
                if (w.group("dir") == null && weekdays.namesOneDay(w, weekly)
                        && CAL.weekday(w.group("wd")) == holiday.getDayOfWeek()) return holiday;
            }
        }
        return null;
    }
}
