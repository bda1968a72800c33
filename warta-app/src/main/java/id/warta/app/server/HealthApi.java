package id.warta.app.server;

import id.warta.index.NewsIndex;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** {@code GET /api/health}: whether the server is up, and what its index holds. */
final class HealthApi {
    private final NewsIndex index;

    HealthApi(NewsIndex index) {
        this.index = index;
    }

    record Health(String status, long articles, long quotes, boolean writable) {
    }

    void get(Context ctx) throws IOException {
        Map<String, Long> counts = index.searcher().counts();
        ctx.json(new Health("ok", counts.get("articles"), counts.get("quotes"), index.writable()));
    }
}
