package id.warta.index.search;

import java.util.List;
import java.util.Map;

/**
 * What the index knows about one entity (or speaker) by its canonical name.
 *
 * @param name     the canonical name asked for
 * @param types    the facet fields it appears in ({@code person}, {@code speaker}...) with article counts
 * @param articles how many articles name it or quote it
 * @param timeline those articles over time
 * @param related  entities most often named in the same articles, per facet field
 * @param recent   the newest of those articles
 * @param quotes   its newest quotes
 */
public record EntityProfile(String name, Map<String, Long> types, long articles, Timeline timeline,
                            Map<String, List<SearchResults.FacetValue>> related, List<SearchResults.Hit> recent,
                            QuoteResults quotes) {
}
