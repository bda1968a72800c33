package id.warta.index.search;

/**
 * "What did X say about Y": quotes by a speaker whose words match a query.
 *
 * @param speaker the speaker, in full or in part ({@code pratama}); blank for anyone
 * @param query   a query over the quoted words; blank for anything
 * @param sort    relevance or time
 */
public record QuoteRequest(String speaker, String query, SortOrder sort, int page, int size) {
    public QuoteRequest {
        speaker = speaker == null ? "" : speaker.strip();
        query = query == null ? "" : query.strip();
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (query.length() > SearchRequest.MAX_QUERY_CHARS || speaker.length() > SearchRequest.MAX_QUERY_CHARS) {
            throw new InvalidRequestException("query or speaker too long: at most " + SearchRequest.MAX_QUERY_CHARS + " characters");
        }
        if (page < 1) throw new InvalidRequestException("page must be 1 or more, not " + page);
        if (size < 1 || size > SearchRequest.MAX_SIZE) throw new InvalidRequestException("size must be between 1 and " + SearchRequest.MAX_SIZE + ", not " + size);
        if ((long) page * size > SearchRequest.MAX_WINDOW) throw new InvalidRequestException("page " + page + " of size " + size + " goes past the first " + SearchRequest.MAX_WINDOW + " quotes");
    }

    public static QuoteRequest of(String speaker, String query) {
        return new QuoteRequest(speaker, query, SortOrder.RELEVANCE, 1, SearchRequest.DEFAULT_SIZE);
    }
}
