package id.warta.index.search;

import id.warta.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts matching articles per publication day, then groups the days into buckets fine
 * enough to show a shape: days for up to three months, months up to twenty years, else years.
 */
final class TimelineCounter {
    static final int MAX_DAY_BUCKETS = 92;
    static final int MAX_MONTH_BUCKETS = 240;

    private TimelineCounter() {
    }

    static Timeline count(Sample sample) throws IOException {
        FacetsCollector matches = sample.matches();
        long[] days = new long[64];
        int n = 0;
        long undated = 0;
        for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
            if (m.totalHits() == 0 || m.bits() == null) continue;
            NumericDocValues values = DocValues.getNumeric(m.context().reader(), Schema.DAY);
            DocIdSetIterator docs = m.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!values.advanceExact(doc)) {
                    undated += sample.scale();
                    continue;
                }
                if (n == days.length) days = java.util.Arrays.copyOf(days, n * 2);
                days[n++] = values.longValue();
            }
        }
        // Sorting the days and counting runs is cheaper than a map entry per match.
        java.util.Arrays.sort(days, 0, n);
        TreeMap<Long, Long> perDay = new TreeMap<>();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && days[j] == days[i]) j++;
            perDay.put(days[i], (j - i) * sample.scale());
            i = j;
        }
        if (perDay.isEmpty()) return new Timeline("day", List.of(), undated);
        LocalDate first = LocalDate.ofEpochDay(perDay.firstKey()), last = LocalDate.ofEpochDay(perDay.lastKey());
        ChronoUnit unit = ChronoUnit.DAYS.between(first, last) < MAX_DAY_BUCKETS ? ChronoUnit.DAYS
                : ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last) < MAX_MONTH_BUCKETS ? ChronoUnit.MONTHS
                : ChronoUnit.YEARS;
        TreeMap<LocalDate, Long> buckets = new TreeMap<>();
        for (LocalDate d = bucketStart(first, unit); !d.isAfter(last); d = d.plus(1, unit)) buckets.put(d, 0L);
        perDay.forEach((day, count) -> buckets.merge(bucketStart(LocalDate.ofEpochDay(day), unit), count, Long::sum));
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
