package id.warta.extract.html;

import id.warta.dates.DateParser;
import id.warta.model.Moment;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date read out of one string of the page: a text, an attribute, its address.
 * Kept to the minute, and only when plausible (not before {@link Thresholds#MIN_YEAR}, not
 * days after today).
 */
final class DateText {
    private static final Pattern URL_YMD = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$|\\D)");
    /** A day-first date as a path segment: {@code /meldungen/29-10-2021}. */
    private static final Pattern URL_DMY = Pattern.compile("/(\\d{1,2})[-.](\\d{1,2})[-.]((?:19|20)\\d{2})(?:[/._-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\d{0,6})(?:[/._-]|$)");
    /** Two days of a range before the month they share: {@code 14. - 20. Januar}, {@code 9-11 September}. */
    private static final Pattern DAY_RANGE = Pattern.compile("(?<![\\d./:-])(\\d{1,2})\\.?\\s?[-\u2013]\\s?(\\d{1,2})\\.?\\s+\\p{L}");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

    private DateText() {
    }

    /** The date and time {@code s} gives, or empty when it gives none or an implausible one. */
    static Optional<Moment> parse(String s) {
        if (s == null || s.isBlank() || !hasYear(s)) return Optional.empty();
        return DateParser.parse(s).flatMap(DateText::plausible).map(m -> rangeStart(s, m)).map(DateText::toMinute);
    }

    /** The day a page's address gives: {@code /2024/12/07/}, {@code /20241207-}, {@code /meldungen/29-10-2021}. */
    static Optional<Moment> inAddress(String url) {
        if (url == null) return Optional.empty();
        // An archived copy (web.archive.org/web/20160218174457/http://...): the date is the original's, not the capture's.
        int inner = Math.max(url.lastIndexOf("http://"), url.lastIndexOf("https://"));
        if (inner > 0) url = url.substring(inner);
        for (Pattern p : List.of(URL_YMD, URL_COMPACT, URL_DMY)) {
            Matcher m = p.matcher(url);
            if (!m.find()) continue;
            boolean dayFirst = p == URL_DMY;
            Optional<LocalDate> day = day(Integer.parseInt(m.group(dayFirst ? 3 : 1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(dayFirst ? 1 : 3)));
            if (day.isPresent()) return plausible(Moment.of(day.get()));
        }
        return Optional.empty();
    }

    /**
     * A date with a two-digit year, as German-speaking pages write it in their date lines
     * ({@code 28.01.22}): to be read only in elements that speak of dates, where it cannot be a
     * version number or a score.
     */
    static Optional<Moment> withShortYear(String text) {
        Matcher m = SHORT_YEAR.matcher(text);
        if (!m.find()) return Optional.empty();
        return day(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                .flatMap(d -> plausible(Moment.of(d)));
    }

    /** Every date form read here writes a four-digit year: a cheap test before the parser's patterns. */
    static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private static Optional<LocalDate> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // not a date after all
        }
    }

    /**
     * The first day of a range of days written before one month ({@code Wochenbericht 14. - 20. Januar 2022},
     * {@code 9-11 September 2022}), which the parser reads as its last day.
     */
    private static Moment rangeStart(String s, Moment m) {
        if (s.indexOf('-') < 0 && s.indexOf('\u2013') < 0) return m;
        Matcher r = DAY_RANGE.matcher(s);
        while (r.find()) {
            int first = Integer.parseInt(r.group(1)), last = Integer.parseInt(r.group(2));
            if (last == m.date().getDayOfMonth() && first < last) return new Moment(m.date().withDayOfMonth(first), m.time(), m.zone());
        }
        return m;
    }

    private static Optional<Moment> plausible(Moment m) {
        int year = m.date().getYear();
        boolean ok = year >= Thresholds.MIN_YEAR && !m.date().isAfter(LocalDate.now().plusDays(2));
        return ok ? Optional.of(m) : Optional.empty();
    }

    static Moment toMinute(Moment m) {
        return m.time() == null ? m : new Moment(m.date(), m.time().truncatedTo(ChronoUnit.MINUTES), m.zone());
    }
}
