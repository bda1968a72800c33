package id.warta.index.search;

import java.util.List;
import java.util.Map;

/**
 * One page of an article search.
 *
 * @param total    articles matching (always exact)
 * @param hits     this page's articles
 * @param facets   per facet field, the most frequent values among all matching articles
 * @param timeline matching articles over time
 * @param sampled  whether the facet and timeline counts are estimates from a sample of the matches
 *                 (when there are more than 20,000); the total and the hits are exact all the same
 * @param tookMs   time spent searching, in milliseconds
 */
public record SearchResults(String query, long total, int page, int size, List<Hit> hits,
                            Map<String, List<FacetValue>> facets, Timeline timeline, boolean sampled, double tookMs) {

    /**
     * An article found.
     *
     * @param title   the title, with the query's matches marked
     * @param snippet the passage of the text that best matches, with its matches marked
     */
    public record Hit(String id, Snippet title, String url, String outlet, String published, float score, Snippet snippet) {
    }

    /** A value of a facet and how many matching articles have it. */
    public record FacetValue(String value, long count) {
    }
}
