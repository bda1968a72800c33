package id.warta.model;

/**
 * A time expression coarser or vaguer than one day: a year ({@code pada 2024}), a month,
 * or a span reaching from the publication date ({@code kurang dari dua bulan lagi}).
 *
 * @param text        the expression as written
 * @param value       ISO 8601 value at its granularity: {@code 2024}, {@code 2024-12}, or a
 *                    day ({@code 2025-02-07}) for the far end of a relative span
 * @param granularity {@code year}, {@code month} or {@code day}
 * @param relation    how the event relates to {@code value}: {@code at}, {@code since},
 *                    {@code until}, {@code before} or {@code after}
 */
public record Period(String text, String value, int start, int end, String granularity, String relation)
        implements Located {
    public Period {
        Located.check(start, end);
    }
}
