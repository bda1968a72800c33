package id.warta.app.server;

import id.warta.index.search.EntityProfile;
import id.warta.index.search.InvalidRequestException;
import id.warta.index.search.SearchRequest;
import id.warta.index.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code GET /api/entities/{name}}: an entity's articles over time, its company and its quotes. */
final class EntityApi {
    private final Searcher searcher;

    EntityApi(Searcher searcher) {
        this.searcher = searcher;
    }

    void get(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        int facetSize = Params.integer(ctx, "facet_size", SearchRequest.DEFAULT_FACET_SIZE);
        if (facetSize < 0 || facetSize > SearchRequest.MAX_FACET_SIZE) {
            throw new InvalidRequestException("facet_size must be between 0 and " + SearchRequest.MAX_FACET_SIZE + ", not " + facetSize);
        }
        EntityProfile profile = searcher.entity(name, facetSize);
        if (profile.articles() == 0 && profile.quotes().total() == 0) throw ApiException.notFound("no article names '" + name + "'");
        ctx.json(profile);
    }
}
