package id.warta.app.server;

import id.warta.index.NewsIndex;
import id.warta.json.ArticleJson;
import id.warta.pipeline.Pipeline;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;

/**
 * Warta's HTTP server, built as a value: the JSON API, the OpenAPI document and the web UI
 * over one {@link NewsIndex}.
 * <pre>{@code
 * try (WartaServer server = WartaServer.start(ServerOptions.local(0), index, Warta.pipeline())) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class WartaServer implements AutoCloseable {
    private final Javalin app;
    private final ServerOptions options;

    private WartaServer(Javalin app, ServerOptions options) {
        this.app = app;
        this.options = options;
    }

    public static WartaServer start(ServerOptions options, NewsIndex index, Pipeline pipeline) {
        List<Api.Route> routes = Api.routes(index, pipeline);
        WriteGuard guard = new WriteGuard(options.token());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = ServerOptions.MAX_REQUEST_BYTES;
            config.concurrency.useVirtualThreads = true;
            config.jsonMapper(new JavalinJackson(ArticleJson.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = Web.ASSETS;
                files.directory = Web.ASSET_FOLDER;
                files.location = Location.CLASSPATH;
            });
            config.routes.before(Web::secureHeaders);
            for (Api.Route r : routes) {
                config.routes.addHttpHandler(r.method(), r.path(), r.writes() ? ctx -> {
                    guard.check(ctx);
                    r.handler().handle(ctx);
                } : r.handler());
            }
            for (String page : Web.PAGES) config.routes.addHttpHandler(HandlerType.GET, page, Web::page);
            ErrorMapping.install(config.routes);
        });
        app.start(options.host(), options.port());
        index.keepFresh();
        index.keepFacetsWarm();
        return new WartaServer(app, options);
    }

    public int port() {
        return app.port();
    }

    /** The address people open: {@code http://127.0.0.1:7070/}. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
