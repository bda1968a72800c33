package id.warta.dates;

import id.warta.model.Moment;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one date string as pages and feeds give it: ISO 8601, {@code Sabtu 07 Desember 2024},
 * {@code Selasa, 26 Mei 2026 09:07 WIB}, {@code 29 Januari 2019 / 17:48 WIB},
 * {@code 2015/08/25}, {@code 21/10/2025}, {@code December 13, 2018}, RFC 1123.
 */
public final class DateParser {
    private static final Calendar CAL = Calendar.INSTANCE;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** An ISO date inside a line ({@code (last edited 2019-11-10 13:28:18 by ...)}), not part of a longer number or path. */
    private static final Pattern ISO_INSIDE = Pattern.compile("(?<![\\d./-])" + ISO.pattern() + "(?![\\d/-])");
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})" + timePart());
    /**
     * Day first; a dot may be followed by one space, as German typesetting writes it ({@code 4. 2. 2022}),
     * and a bar or slash may stand between spaces, as date lines set in a site's own style do ({@code 26 | 01 | 2022}).
     */
    private static final Pattern DMY_NUMERIC = Pattern.compile(
            "(\\d{1,2})" + dmySeparator() + "(\\d{1,2})" + dmySeparator() + "(\\d{4})" + timePart());
    /** No-break, thin and narrow no-break spaces, which typeset dates put between their parts. */
    private static final Pattern WIDE_SPACES = Pattern.compile("[\\u00A0\\u2007\\u2009\\u200A\\u202F]");
    /** A plus written for a space next to a word, as a URL query writes one ({@code 13+December+2018}). */
    private static final Pattern PLUS_AS_SPACE = Pattern.compile("(?<=\\w)\\+(?=\\p{L})|(?<=\\p{L})\\+(?=\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?:(?:" + CAL.anyWeekdayPattern() + ")\\s*,?\\s*)?\\b(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s*(?:de\\s+)?("
                    + CAL.anyMonthPattern() + ")(?!\\p{L})\\.?,?\\s*(?:de\\s+)?(\\d{4})" + timePart()); // not \\b: ASCII-only since Java 19
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?:(?:" + CAL.anyWeekdayPattern() + ")\\s*,?\\s*)?(" + CAL.anyMonthPattern()
                    + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + timePart());

    private DateParser() {
    }

    private static String dmySeparator() {
        return "(?:[/-]|\\. ?| ?\\| ?| / )";
    }

    /** Time of day after a date: {@code 09:07 WIB}, {@code / 17:48 WIB}, {@code pukul 10.00}, {@code 10:00:00 +0700}. */
    private static String timePart() {
        return "(?:\\s*[,/|-]?\\s*(?:(?i:pukul|jam|at)\\s*)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?"
                + "(?:\\s*(?i:(wib|wita|wit|gmt|utc|z)|([+-]\\d{2}:?\\d{2})))?)?";
    }

    /** The moment the string gives, or empty when it holds no recognisable date. */
    public static Optional<Moment> parse(String s) {
        if (s == null || s.isBlank()) return Optional.empty();
        String text = PLUS_AS_SPACE.matcher(WIDE_SPACES.matcher(s).replaceAll(" ").strip()).replaceAll(" ");
        try {
            Matcher m = ISO.matcher(text);
            if (m.lookingAt()) return Optional.of(iso(m));
            m = YMD_SLASH.matcher(text);
            if (m.find()) {
                return Optional.of(moment(num(m, 1), num(m, 2), num(m, 3), m, 4));
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.find()) {
                return Optional.of(moment(num(m, 3), CAL.month(m.group(2)), num(m, 1), m, 4));
            }
            m = MONTH_DAY_YEAR.matcher(text);
            if (m.find()) {
                return Optional.of(moment(num(m, 3), CAL.month(m.group(1)), num(m, 2), m, 4));
            }
            m = DMY_NUMERIC.matcher(text);
            if (m.find()) {
                int a = num(m, 1), b = num(m, 2);
                // Indonesian order is day/month; take month/day only when the day could not be a month.
                boolean monthFirst = b > 12 && a <= 12;
                return Optional.of(moment(num(m, 3), monthFirst ? a : b, monthFirst ? b : a, m, 4));
            }
            m = ISO_INSIDE.matcher(text);
            if (m.find()) return Optional.of(iso(m));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Moment iso(Matcher m) {
        LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        if (m.group(4) == null) return Moment.of(date);
        LocalTime time = LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
        ZoneOffset zone = m.group(7) == null ? null : offset(m.group(7));
        return new Moment(date, time, zone);
    }

    /** Builds a moment from year, month, day and the time groups starting at {@code timeGroup}. */
    private static Moment moment(int year, Integer month, int day, Matcher m, int timeGroup) {
        if (month == null) throw new DateTimeException("no month");
        LocalDate date = LocalDate.of(year, month, day);
        if (m.group(timeGroup) == null) return Moment.of(date);
        int hour = num(m, timeGroup), minute = num(m, timeGroup + 1);
        int second = m.group(timeGroup + 2) == null ? 0 : num(m, timeGroup + 2);
        if (hour > 23 || minute > 59) return Moment.of(date);
        String named = m.group(timeGroup + 3), numeric = m.group(timeGroup + 4);
        ZoneOffset zone = null;
        if (named != null) {
            zone = named.equalsIgnoreCase("gmt") || named.equalsIgnoreCase("utc") || named.equalsIgnoreCase("z")
                    ? ZoneOffset.UTC : CAL.zone(named);
        } else if (numeric != null) {
            zone = offset(numeric);
        }
        return new Moment(date, LocalTime.of(hour, minute, second), zone);
    }

    private static ZoneOffset offset(String s) {
        if (s.equals("Z")) return ZoneOffset.UTC;
        String z = s.length() == 5 ? s.substring(0, 3) + ":" + s.substring(3) : s;
        return ZoneOffset.of(z);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
