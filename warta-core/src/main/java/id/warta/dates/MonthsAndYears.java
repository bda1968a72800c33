package id.warta.dates;

import id.warta.model.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Months and years the text names without a day ({@code akhir Desember 2025}, {@code sejak tahun 2022}): periods. */
public final class MonthsAndYears {
    private static final Calendar CAL = Calendar.INSTANCE;
    /** {@code akhir Desember 2025}, {@code Desember 2024}. */
    static final Prefiltered MONTH_YEAR = Prefiltered.wordStart(Pattern.compile("(?iu)\\b(?:(?<q>awal|akhir|pertengahan|medio|sejak"
            + "|hingga|sampai)\\s+)?(?:bulan\\s+)?(?<mon>" + CAL.fullMonthPattern() + ")\\s+(?<y>\\d{4})\\b"));
    /** {@code sejak tahun 2022}, {@code pada 2024}. */
    static final Prefiltered YEAR = Prefiltered.wordStart(Pattern.compile("(?iu)\\b(?<q>sejak|hingga|sampai|pada|tahun|awal|akhir"
            + "|pertengahan|medio|selama|sepanjang)\\s+(?:tahun\\s+)?(?<y>(?:19|20)\\d{2})\\b(?![.,]?\\d)"));

    private MonthsAndYears() {
    }

    /**
     * Whether a word is an Indonesian month's name written out ({@code Januari}, {@code Nopember}; not {@code Jan}), in
     * any case: the one list of them ({@code calendar.tsv}), for the layers that must not read a month as a name.
     */
    public static boolean isName(String word) {
        return CAL.isFullMonth(word);
    }

    /** Adds the months, then the years, that no fuller expression has taken. */
    static void find(Scan scan) {
        Matcher m = MONTH_YEAR.matcher(scan.text);
        while (MONTH_YEAR.find(m, scan.openings)) {
            if (scan.isTaken(m)) continue;
            scan.take(m.start(), m.end());
            int month = CAL.month(m.group("mon")); // the pattern's month words are the calendar's: never null
            String value = m.group("y") + (month < 10 ? "-0" : "-") + month; // as "%s-%02d", without a formatter per match
            scan.periods.add(new Period(m.group(), value, m.start(), m.end(), "month", relation(m.group("q"))));
        }
        m = YEAR.matcher(scan.text);
        while (YEAR.find(m, scan.openings)) {
            if (scan.isTaken(m)) continue;
            scan.take(m.start(), m.end());
            scan.periods.add(new Period(m.group(), m.group("y"), m.start(), m.end(), "year", relation(m.group("q"))));
        }
    }

    private static String relation(String cue) {
        if (cue == null) return "at";
        return switch (cue.toLowerCase(Locale.ROOT)) {
            case "sejak" -> "since";
            case "hingga", "sampai" -> "until";
            default -> "at";
        };
    }
}
