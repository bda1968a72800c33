package id.warta.index.search;

import id.warta.index.FacetingSearcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/** The most frequent values of each facet field among the matching articles (or a {@link Sample} of them). */
final class FacetCounter {
    private FacetCounter() {
    }

    static Map<String, List<SearchResults.FacetValue>> count(FacetingSearcher searcher, Sample sample,
                                                             List<String> dims, int size) throws IOException {
        FacetsCollector matches = sample.matches();
        Map<String, List<SearchResults.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : dims) out.put(dim, List.of());
        if (size == 0 || searcher.facets() == null) return out;
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.facets(), matches);
        for (String dim : dims) {
            FacetResult top;
            try {
                top = counts.getTopChildren(size, dim);
            } catch (IllegalArgumentException e) {
                top = null; // a dimension no article has yet
            }
            if (top == null) continue;
            List<SearchResults.FacetValue> values = new ArrayList<>(top.labelValues.length);
            for (LabelAndValue lv : top.labelValues) values.add(new SearchResults.FacetValue(lv.label, sample.scaled(lv.value.longValue())));
            out.put(dim, values);
        }
        return out;
    }
}
