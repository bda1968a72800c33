package id.warta.index.search;

import id.warta.index.FacetOrdinals;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The most frequent values of each facet field among the matching articles, from a {@link Tally}. */
final class FacetCounter {
    private FacetCounter() {
    }

    /** Per field, its {@code size} most frequent values, most frequent first (ties in value order). */
    static Map<String, List<SearchResults.FacetValue>> top(FacetOrdinals ordinals, Tally tally, List<String> dims, int size)
            throws IOException {
        Map<String, List<SearchResults.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : dims) out.put(dim, List.of());
        if (size == 0 || ordinals.valueCount() == 0) return out;
        FacetOrdinals.Labels labels = ordinals.labels();
        int[] counts = tally.values();
        int[] best = new int[size];
        for (String dim : dims) {
            int[] range = ordinals.range(dim);
            if (range == null) continue; // a field no article has a value for yet
            // The kept values, and the weakest of them (fewest counts, then the latest ordinal):
            // a value scanned later replaces it only with more counts.
            int kept = 0, weakest = -1;
            for (int ord = range[0]; ord < range[1]; ord++) {
                int count = counts[ord];
                if (count == 0) continue;
                if (kept < size) {
                    best[kept++] = ord;
                    if (kept == size) weakest = weakest(best, kept, counts);
                } else if (count > counts[best[weakest]]) {
                    best[weakest] = ord;
                    weakest = weakest(best, kept, counts);
                }
            }
            Integer[] order = new Integer[kept];
            for (int i = 0; i < kept; i++) order[i] = best[i];
            Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
            List<SearchResults.FacetValue> values = new ArrayList<>(kept);
            for (int ord : order) values.add(new SearchResults.FacetValue(labels.value(ord), tally.scaled(counts[ord])));
            out.put(dim, values);
        }
        return out;
    }

    private static int weakest(int[] best, int kept, int[] counts) {
        int w = 0;
        for (int i = 1; i < kept; i++) {
            int a = best[i], b = best[w];
            if (counts[a] < counts[b] || (counts[a] == counts[b] && a > b)) w = i;
        }
        return w;
    }
}
