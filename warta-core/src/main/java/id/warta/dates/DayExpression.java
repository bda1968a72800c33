package id.warta.dates;

import java.time.DayOfWeek;
import java.util.List;

/** A day written in the text with its month, before its year is settled ({@link DayExpressions}, {@link DayYears}). */
record DayExpression(int start, int end, String text, int day, Integer lastDay, List<Integer> listed, int month,
                     Integer year, DayOfWeek weekday) {
}
