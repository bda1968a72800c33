package id.warta.index.search;

import java.util.List;

/** One page of a quote search. */
public record QuoteResults(String speaker, String query, long total, int page, int size, List<QuoteHit> hits, double tookMs) {
    /**
     * A quote found, with the article it is in.
     *
     * @param text       the quoted words, with the query's matches marked
     * @param start      the quote's span in the article text
     * @param articleId  the article it is from
     */
    public record QuoteHit(Snippet text, String speaker, int start, int end, String articleId, String title,
                           String outlet, String published, float score) {
    }
}
