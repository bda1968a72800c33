package id.warta.index.search;

import id.warta.index.FacetOrdinals;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Groups the matching articles' publication days (from a {@link Tally}) into buckets fine
 * enough to show a shape: days for up to three months, months up to twenty years, else years.
 */
final class TimelineCounter {
    static final int MAX_DAY_BUCKETS = 92;
    static final int MAX_MONTH_BUCKETS = 240;

    private TimelineCounter() {
    }

    static Timeline of(FacetOrdinals ordinals, Tally tally) {
        int[] counts = tally.days();
        int first = 0, last = counts.length - 1;
        while (first < counts.length && counts[first] == 0) first++;
        while (last >= first && counts[last] == 0) last--;
        long undated = tally.scaled(tally.undated());
        if (first > last) return new Timeline("day", List.of(), undated);
        LocalDate from = LocalDate.ofEpochDay(ordinals.day(first)), to = LocalDate.ofEpochDay(ordinals.day(last));
        ChronoUnit unit = ChronoUnit.DAYS.between(from, to) < MAX_DAY_BUCKETS ? ChronoUnit.DAYS
                : ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to) < MAX_MONTH_BUCKETS ? ChronoUnit.MONTHS
                : ChronoUnit.YEARS;
        TreeMap<LocalDate, Long> buckets = new TreeMap<>();
        for (LocalDate d = bucketStart(from, unit); !d.isAfter(to); d = d.plus(1, unit)) buckets.put(d, 0L);
        // Counted per bucket first, scaled once: a sample's estimate per bucket, not a sum of rounded days.
        LocalDate bucket = null, next = null;
        long inBucket = 0;
        for (int ord = first; ord <= last; ord++) {
            if (counts[ord] == 0) continue;
            LocalDate day = LocalDate.ofEpochDay(ordinals.day(ord));
            if (next == null || !day.isBefore(next)) {
                if (bucket != null) buckets.put(bucket, tally.scaled(inBucket));
                bucket = bucketStart(day, unit);
                next = bucket.plus(1, unit);
                inBucket = 0;
            }
            inBucket += counts[ord];
        }
        buckets.put(bucket, tally.scaled(inBucket));
        List<Timeline.Bucket> list = new ArrayList<>(buckets.size());
        buckets.forEach((d, count) -> list.add(new Timeline.Bucket(d.toString(), count)));
        String granularity = switch (unit) {
            case DAYS -> "day";
            case MONTHS -> "month";
            default -> "year";
        };
        return new Timeline(granularity, list, undated);
    }

    private static LocalDate bucketStart(LocalDate d, ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> d;
            case MONTHS -> d.withDayOfMonth(1);
            default -> d.withDayOfYear(1);
        };
    }
}
