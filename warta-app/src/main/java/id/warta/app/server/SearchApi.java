package id.warta.app.server;

import id.warta.index.Schema;
import id.warta.index.search.QuoteRequest;
import id.warta.index.search.SearchRequest;
import id.warta.index.search.Searcher;
import id.warta.index.search.SortOrder;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/search} (articles) and {@code GET /api/quotes} (who said what). */
final class SearchApi {
    private final Searcher searcher;

    SearchApi(Searcher searcher) {
        this.searcher = searcher;
    }

    void search(Context ctx) throws IOException {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : Schema.KEYWORD_FIELDS) {
            List<String> values = Params.all(ctx, field);
            if (!values.isEmpty()) filters.put(field, values);
        }
        SearchRequest request = new SearchRequest(Params.string(ctx, "q"), filters, Params.day(ctx, "from"), Params.day(ctx, "to"),
                SortOrder.parse(ctx.queryParam("sort")), Params.integer(ctx, "page", 1),
                Params.integer(ctx, "size", SearchRequest.DEFAULT_SIZE),
                Params.integer(ctx, "facet_size", SearchRequest.DEFAULT_FACET_SIZE));
        ctx.json(searcher.search(request));
    }

    void quotes(Context ctx) throws IOException {
        QuoteRequest request = new QuoteRequest(Params.string(ctx, "speaker"), Params.string(ctx, "q"),
                SortOrder.parse(ctx.queryParam("sort")), Params.integer(ctx, "page", 1),
                Params.integer(ctx, "size", SearchRequest.DEFAULT_SIZE));
        ctx.json(searcher.quotes(request));
    }
}
