package id.warta.dates;

import java.util.regex.Pattern;

/** Whether the words around a day make it one planned or the end of a span, not the day the story was written on. */
final class Plans {
    /**
     * The words that plan a day ({@code akan}, {@code dijadwalkan}), and those a speaker puts before one still to come
     * ({@code Insyaallah Selasa kami gelar jumpa pers}, {@code Nanti Kamis kita kirim surat}).
     */
    private static final String PLANNING = "akan|bakal|dijadwalkan|direncanakan|rencananya|insya\\s?allah|insyallah|nanti";
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
    /**
     * Words after a day, past its hour, that make it one planned ({@code Rabu (30/1) pukul 17.00 WIB, akan dirilis}),
     * also through a relative clause about what happens that day ({@code pada Minggu, yang diperkirakan akan
     * berlangsung ...}, {@code Kamis yang akan datang}).
     */
    private static final Pattern SCHEDULED_AFTER = Pattern.compile("(?iu)^\\s*(?:pukul\\s+\\d{1,2}[.:]\\d{2}\\s*"
            + "(?:WIB|WITA|WIT)?\\s*)?,?\\s*(?:yang\\s+(?:(?:diperkirakan|diprediksi|dijadwalkan|direncanakan|rencananya)\\s+)?)?"
            + "(?:akan|bakal|mendatang|nanti)\\b");
    /** How much text around a day is read for those words. */
    static final int SCHEDULE_WINDOW = 60;

    private Plans() {
    }

    /** Whether the day at {@code [start, end)} is planned or ends a span, by the words of its sentence around it. */
    static boolean scheduled(Scan s, int start, int end) {
        return SCHEDULED_BEFORE.matcher(s.sentenceBefore(start, SCHEDULE_WINDOW)).find() || plannedAfter(s, end);
    }

    /** Whether the day at {@code [start, end)} is one planned ({@code akan diumumkan Kamis}, {@code Kamis mendatang}). */
    static boolean planned(Scan s, int start, int end) {
        return PLANNED_BEFORE.matcher(s.sentenceBefore(start, SCHEDULE_WINDOW)).find() || plannedAfter(s, end);
    }

    private static boolean plannedAfter(Scan s, int end) {
        return SCHEDULED_AFTER.matcher(s.textAfter(end, SCHEDULE_WINDOW)).find();
    }
}
