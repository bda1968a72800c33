package id.warta.app.server;

import id.warta.index.NewsIndex;
import id.warta.index.Upsert;
import id.warta.model.Article;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.pipeline.Pipeline;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;

/** {@code GET /api/articles/{id}} and {@code POST /api/articles} (analyse and index one article). */
final class ArticleApi {
    /** Largest article text accepted, in characters. */
    static final int MAX_TEXT_CHARS = 1 << 20;

    private final NewsIndex index;
    private final Pipeline pipeline;

    ArticleApi(NewsIndex index, Pipeline pipeline) {
        this.index = index;
        this.pipeline = pipeline;
    }

    /** The stored article, as {@code warta analyze} prints it, under its id. */
    record Stored(String id, Article article) {
    }

    /** What {@code POST /api/articles} did: the article's id, {@code added}/{@code updated}/{@code unchanged}, and where to get it. */
    record Indexed(String id, String outcome, String href) {
    }

    /** The body of {@code POST /api/articles}: the same fields as a JSON Lines record. */
    record NewArticle(String text, String title, String url, String published, String outlet, String format) {
    }

    void get(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Article article = index.searcher().article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
        ctx.json(new Stored(id, article));
    }

    void post(Context ctx) throws IOException {
        if (!index.writable()) throw new ApiException(503, "this server's index is read-only: another warta process is writing it");
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        // Browsers send text/plain and forms cross-site without asking; JSON needs a preflight, which we never grant.
        if (!type.startsWith("application/json")) throw new ApiException(415, "send the article as application/json");
        NewArticle body = ctx.bodyAsClass(NewArticle.class);
        RawDocument raw = raw(body);
        Article article;
        try {
            article = pipeline.analyze(raw);
        } catch (RuntimeException e) {
            throw new ApiException(422, "cannot analyse this article: " + e.getMessage());
        }
        Upsert up = index.indexer().upsert(article);
        index.indexer().commit();
        ctx.status(up.outcome() == Upsert.Outcome.ADDED ? 201 : 200)
                .header("Location", "/api/articles/" + up.id())
                .json(new Indexed(up.id(), up.outcome().name().toLowerCase(Locale.ROOT), "/api/articles/" + up.id()));
    }

    private static RawDocument raw(NewArticle body) {
        if (body == null || body.text() == null || body.text().isBlank()) throw new ApiException(400, "the article needs a non-empty \"text\"");
        if (body.text().length() > MAX_TEXT_CHARS) throw new ApiException(413, "text too long: at most " + MAX_TEXT_CHARS + " characters");
        RawDocument.Format format = switch (body.format() == null ? "text" : body.format().toLowerCase(Locale.ROOT)) {
            case "text" -> RawDocument.Format.TEXT;
            case "html" -> RawDocument.Format.HTML;
            default -> throw new ApiException(400, "format must be text or html, not '" + body.format() + "'");
        };
        return new RawDocument(Origin.file("api"), format, body.text(),
                new RawDocument.Hints(body.title(), body.url(), body.published(), body.outlet()));
    }
}
