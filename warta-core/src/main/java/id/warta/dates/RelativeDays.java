package id.warta.dates;

import id.warta.language.Quotations;
import id.warta.language.SpeechCue;
import id.warta.model.DateMention;
import id.warta.model.DateMention.Kind;
import id.warta.model.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and spans counted from the article's day ({@link Scan#reference}): {@code kemarin}, {@code lusa},
 * {@code dua hari lalu}, {@code kurang dari dua bulan lagi}.
 */
final class RelativeDays {
    private static final Calendar CAL = Calendar.INSTANCE;
    /** {@code kemarin}, {@code hari ini}, {@code tadi malam}. */
    static final Prefiltered RELATIVE_DAY = Prefiltered.wordStart(Pattern.compile("(?iu)\\b(?<w>" + CAL.relativeDayPattern() + ")\\b"));
    /** {@code dua hari lalu}, {@code kurang dari dua bulan lagi}, {@code setahun lalu}, {@code selama 20 hari ke depan}. */
    static final Prefiltered RELATIVE_SPAN = Prefiltered.wordStart(Pattern.compile("(?iu)\\b(?:(?<q>kurang\\s+dari|lebih\\s+dari|sekitar"
            + "|hampir|dalam\\s+waktu|selama|untuk|hingga|sampai)\\s+)?(?:(?<n>\\d{1,3}|" + CAL.numberPattern() + ")\\s+|se)"
            + "(?<u>hari|minggu|pekan|bulan|tahun)\\s+(?:yang\\s+)?(?<dir>lalu|silam|lagi|mendatang|ke\\s+depan)\\b"));
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
     * A season or holiday named right after {@code kemarin}, capitalised as names are ({@code juga kemarin Ramadan
     * berbagi}, {@code kemarin Lebaran}): "the last one", as {@code Ramadan kemarin} is; a weekday after it
     * ({@code kemarin Minggu}) is yesterday's name, read by the weekday rule.
     */
    private static final Pattern KEMARIN_BEFORE_A_SEASON = Pattern.compile("(?u)^\\s+(?=\\p{Lu})(?!(?iu:"
            + CAL.weekdayPattern() + ")\\b)(?iu:" + CAL.periodPattern() + ")\\b");
    /**
     * A time of day with {@code -nya} after a relative day ({@code esok harinya}, {@code besok paginya}): "the day after
     * that", counted from a day the story tells of, not from the day it was written.
     */
    private static final Pattern OF_A_TOLD_DAY = Pattern.compile("(?iu)^\\s+(?:hari|pagi|siang|sore|petang|malam)nya\\b");
    /** How far after a quotation's close its attribution's day may stand ({@code ," kata X di Gedung Y, Jakarta, Senin (24/8)}). */
    private static final int SAID_WINDOW = 160;
    /** How many days from the article's own day the day a quotation was said may lie. */
    private static final int MAX_DAYS_FROM_ARTICLE_DAY = 7;
    /**
     * What makes {@code semalam} "one night", a length of time, not last night: {@code dalam semalam} (overnight),
     * {@code selama semalam}, {@code sehari semalam}, {@code semalam suntuk}, {@code semalam penuh}, and the night
     * before some other day ({@code semalam sebelum diolah}).
     */
    private static final Pattern OVERNIGHT_BEFORE = Pattern.compile("(?iu)\\b(?:dalam|selama|sehari)\\s+$");
    private static final Pattern OVERNIGHT_AFTER = Pattern.compile("(?iu)^\\s+(?:suntuk|penuh|sebelum)\\b");
    /**
     * The idiom {@code anak kemarin sore} ("a greenhorn": {@code kami bukan anak-anak kemarin sore}, {@code bocah baru
     * kemarin sore}): a newcomer, no day.
     */
    private static final Pattern GREENHORN_BEFORE = Pattern.compile("(?iu)\\b(?:anak|anak-anak|bocah)\\s+(?:baru\\s+)?$");
    /** Words before a span making it a length of time ({@code selama 20 hari ke depan}), not the day it ends on. */
    private static final Set<String> LENGTH_WORDS = Set.of("selama", "untuk", "hingga", "sampai");
    /** How much text next to {@code kemarin} (and before a holiday) is read for what qualifies it. */
    static final int QUALIFIED_WINDOW = 24;

    private final Scan scan;
    private final String text;

    private RelativeDays(Scan scan) {
        this.scan = scan;
        this.text = scan.text;
    }

    /** Adds the relative spans, then the relative days, that no fuller expression has taken. */
    static void find(Scan scan) {
        RelativeDays relative = new RelativeDays(scan);
        relative.spans();
        relative.days();
    }

    private void spans() {
        Matcher m = RELATIVE_SPAN.matcher(text);
        while (RELATIVE_SPAN.find(m, scan.openings)) {
            if (scan.isTaken(m) || scan.reference == null) continue;
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
            LocalDate day = scan.reference.plus((long) sign * n, unit);
            scan.take(m.start(), m.end());
            String q = m.group("q") == null ? "" : m.group("q").toLowerCase(Locale.ROOT);
            if (unit == ChronoUnit.DAYS && q.isEmpty()) {
                scan.dates.add(new DateMention(m.group(), day, m.start(), m.end(), Kind.RELATIVE));
            } else {
                // "ditahan selama 20 hari ke depan", "hingga dua hari ke depan": a length of time up to that day, no day of its own
                String relation = q.startsWith("kurang") || q.startsWith("dalam") || LENGTH_WORDS.contains(q)
                        ? (sign > 0 ? "before" : "after")
                        : q.startsWith("lebih") ? (sign > 0 ? "after" : "before")
                        : q.isEmpty() ? "at" : "about";
                scan.periods.add(new Period(m.group(), day.toString(), m.start(), m.end(), "day", relation));
            }
        }
    }

    private void days() {
        Matcher m = RELATIVE_DAY.matcher(text);
        while (RELATIVE_DAY.find(m, scan.openings)) {
            if (scan.isTaken(m) || scan.reference == null || kemarinMeansLast(m) || semalamMeansOneNight(m)
                    || greenhorn(m)) continue;
            scan.take(m.start(), m.end());
            if (qualifiesDayBefore(m.start())) continue; // "Kamis (30/3/2017) kemarin": that Thursday, said to be yesterday
            if (OF_A_TOLD_DAY.matcher(scan.textAfter(m.end(), QUALIFIED_WINDOW)).find()) continue; // "ditemukan esok harinya"
            LocalDate said = saidOn(m.start());
            LocalDate day = (said != null ? said : scan.reference).plusDays(CAL.relativeDay(m.group("w")));
            scan.dates.add(new DateMention(m.group(), day, m.start(), m.end(), Kind.RELATIVE));
        }
    }

    /**
     * Whether a relative day is {@code kemarin} meaning "the last one", not yesterday: after a stretch of time
     * ({@link #QUALIFIED_BY_KEMARIN}), before a bracket naming a thing ({@link #KEMARIN_OF_A_THING}) or before a
     * season's name ({@link #KEMARIN_BEFORE_A_SEASON}).
     */
    private boolean kemarinMeansLast(Matcher m) {
        return m.group("w").equalsIgnoreCase("kemarin")
                && (QUALIFIED_BY_KEMARIN.matcher(scan.textBefore(m.start(), QUALIFIED_WINDOW)).find()
                || KEMARIN_OF_A_THING.matcher(scan.textAfter(m.end(), QUALIFIED_WINDOW)).find()
                || KEMARIN_BEFORE_A_SEASON.matcher(scan.textAfter(m.end(), QUALIFIED_WINDOW)).find());
    }

    /**
     * The day the quotation holding {@code at} was said, when its attribution dates it in the same sentence
     * ({@code "... hari ini ...," kata Budi di Jakarta, Senin (24/8/2015).}): a relative day in the quotation counts
     * from that day, not from the day the article came out, which is often the day after. Only a day within
     * {@value #MAX_DAYS_FROM_ARTICLE_DAY} days of the article's own is taken (a date further off is another story's).
     * Null when {@code at} is in no quotation of its paragraph or the attribution gives no day.
     */
    private LocalDate saidOn(int at) {
        int close = quotationClose(at);
        if (close < 0) return null;
        int end = scan.sentenceEnd(close + 1);
        for (DateMention d : scan.dates) {
            if (d.start() <= close || d.start() >= end || d.start() - close > SAID_WINDOW
                    || d.text().chars().noneMatch(Character::isDigit)) continue;
            boolean near = Math.abs(ChronoUnit.DAYS.between(d.value(), scan.reference)) <= MAX_DAYS_FROM_ARTICLE_DAY;
            return near && SpeechCue.anyIn(text.substring(close + 1, d.start())) ? d.value() : null;
        }
        return null;
    }

    /**
     * Where the quotation holding {@code at} closes: its closing mark, read by {@link Quotations} over the paragraph
     * (straight and curly marks alike, as the quotes layer reads them); -1 when {@code at} is in no quotation both
     * opened and closed in its paragraph (a paragraph closing a quote it never opened says nothing of its words).
     */
    private int quotationClose(int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        if (end < 0) end = text.length();
        for (Quotations.Region r : Quotations.marked(text.substring(start, end))) {
            int open = start + r.span().start(), close = start + r.span().end() - 1;
            if (r.opened() && r.closed() && open < at && at < close + 1) return close;
        }
        return -1;
    }

    /** Whether a relative day is {@code kemarin sore} in the idiom {@code anak kemarin sore} ({@link #GREENHORN_BEFORE}). */
    private boolean greenhorn(Matcher m) {
        return m.group("w").toLowerCase(Locale.ROOT).matches("kemarin\\s+sore")
                && GREENHORN_BEFORE.matcher(scan.textBefore(m.start(), QUALIFIED_WINDOW)).find();
    }

    /** Whether a relative day is {@code semalam} meaning a night's length ({@link #OVERNIGHT_BEFORE}, {@link #OVERNIGHT_AFTER}). */
    private boolean semalamMeansOneNight(Matcher m) {
        return m.group("w").equalsIgnoreCase("semalam")
                && (OVERNIGHT_BEFORE.matcher(scan.textBefore(m.start(), QUALIFIED_WINDOW)).find()
                || OVERNIGHT_AFTER.matcher(scan.textAfter(m.end(), QUALIFIED_WINDOW)).find());
    }

    /** Whether a day expression ends just before {@code start}, only spaces between. */
    private boolean qualifiesDayBefore(int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        if (i == start) return false;
        DateMention last = scan.dateEndingBy(i);
        return last != null && last.end() == i;
    }
}
