package id.warta.index.search;

import id.warta.index.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article search.
 *
 * @param query     the query ({@code banjir bekasi}, {@code "harga beras" AND NOT impor}); blank for all
 * @param filters   exact values per field ({@code person -> [Joko Widodo]}); every value must match
 * @param from      first publication day, or null
 * @param to        last publication day (inclusive), or null
 * @param sort      result order
 * @param page      1-based page
 * @param size      hits per page
 * @param facetSize values per facet (0 for no facets)
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                            SortOrder sort, int page, int size, int facetSize) {
    public static final int MAX_SIZE = 100;
    /** Deepest hit a search may page to: deeper pages cost more than they are worth. */
    public static final int MAX_WINDOW = 1000;
    public static final int MAX_FACET_SIZE = 100;
    public static final int MAX_QUERY_CHARS = 1000;
    public static final int DEFAULT_SIZE = 10;
    public static final int DEFAULT_FACET_SIZE = 10;
    /** Fields a filter may name. */
    public static final List<String> FILTER_FIELDS = Schema.KEYWORD_FIELDS;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters == null ? Map.of() : filters);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (query.length() > MAX_QUERY_CHARS) throw new InvalidRequestException("query too long: " + query.length() + " characters, at most " + MAX_QUERY_CHARS);
        if (page < 1) throw new InvalidRequestException("page must be 1 or more, not " + page);
        if (size < 1 || size > MAX_SIZE) throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        if ((long) page * size > MAX_WINDOW) throw new InvalidRequestException("page " + page + " of size " + size + " goes past the first " + MAX_WINDOW + " hits: narrow the query or add filters");
        if (facetSize < 0 || facetSize > MAX_FACET_SIZE) throw new InvalidRequestException("facet_size must be between 0 and " + MAX_FACET_SIZE + ", not " + facetSize);
        if (from != null && to != null && from.isAfter(to)) throw new InvalidRequestException("from " + from + " is after to " + to);
        for (String field : filters.keySet()) {
            if (!FILTER_FIELDS.contains(field)) throw new InvalidRequestException("cannot filter on '" + field + "': use one of " + FILTER_FIELDS);
        }
    }

    /** A first page of results for a query, with facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, DEFAULT_SIZE, DEFAULT_FACET_SIZE);
    }

    public SearchRequest withFilter(String field, String value) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        f.merge(field, List.of(value), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        return new SearchRequest(query, f, from, to, sort, page, size, facetSize);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, filters, from, to, order, page, size, facetSize);
    }

    public SearchRequest withPage(int page, int size) {
        return new SearchRequest(query, filters, from, to, sort, page, size, facetSize);
    }

    public SearchRequest withDays(LocalDate from, LocalDate to) {
        return new SearchRequest(query, filters, from, to, sort, page, size, facetSize);
    }
}
