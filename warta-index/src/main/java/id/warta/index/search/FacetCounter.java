package id.warta.index.search;

import id.warta.index.FacetOrdinals;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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
        for (String dim : dims) {
            int[] range = ordinals.range(dim);
            if (range == null) continue; // a field no article has a value for yet
            // The weakest kept value on top: fewest counts, then the latest ordinal.
            PriorityQueue<Integer> best = new PriorityQueue<>(size + 1,
                    (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
            for (int ord = range[0]; ord < range[1]; ord++) {
                if (counts[ord] == 0) continue;
                if (best.size() < size) best.add(ord);
                else if (counts[ord] > counts[best.peek()]) {
                    best.poll();
                    best.add(ord);
                }
            }
            List<SearchResults.FacetValue> values = new ArrayList<>(best.size());
            while (!best.isEmpty()) {
                int ord = best.poll();
                values.add(new SearchResults.FacetValue(labels.value(ord), tally.scaled(counts[ord])));
            }
            out.put(dim, values.reversed());
        }
        return out;
    }
}
