package id.warta.app.server;

import id.warta.index.NewsIndex;
import id.warta.pipeline.Pipeline;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every API route, listed once: the server registers them from here and a test checks the
 * OpenAPI document describes each.
 */
final class Api {
    /**
     * One route.
     *
     * @param writes whether it changes the index (and so needs the token when there is one)
     */
    record Route(HandlerType method, String path, Handler handler, boolean writes) {
    }

    private Api() {
    }

    static List<Route> routes(NewsIndex index, Pipeline pipeline) {
        SearchApi search = new SearchApi(index.searcher());
        ArticleApi articles = new ArticleApi(index, pipeline);
        return List.of(
                new Route(HandlerType.GET, "/api/health", new HealthApi(index)::get, false),
                new Route(HandlerType.GET, "/api/search", search::search, false),
                new Route(HandlerType.GET, "/api/quotes", search::quotes, false),
                new Route(HandlerType.GET, "/api/articles/{id}", articles::get, false),
                new Route(HandlerType.POST, "/api/articles", articles::post, true),
                new Route(HandlerType.GET, "/api/entities/{name}", new EntityApi(index.searcher())::get, false),
                new Route(HandlerType.GET, "/api/openapi.json", Web::openApi, false));
    }
}
