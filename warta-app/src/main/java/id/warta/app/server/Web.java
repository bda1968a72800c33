package id.warta.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The web UI: one page (plain HTML, CSS and JavaScript from the jar, no framework) that
 * routes itself by path, and the headers that keep untrusted article text inert.
 */
final class Web {
    /** Paths the page answers; the script reads which view from the path. */
    static final List<String> PAGES = List.of("/", "/article/{id}", "/entity/{name}", "/quotes");
    static final String ASSETS = "/assets";
    static final String ASSET_FOLDER = "/id/warta/app/web";
    /** Scripts and styles only from this server; no inline script, no plugin, no framing. */
    private static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final byte[] PAGE = resource(ASSET_FOLDER + "/index.html");
    private static final byte[] OPENAPI = resource("/id/warta/app/server/openapi.json");

    private Web() {
    }

    static void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(PAGE);
    }

    static void openApi(Context ctx) {
        ctx.contentType("application/json").result(OPENAPI);
    }

    static void secureHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    static byte[] resource(String path) {
        try (InputStream in = Web.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(resource(path), StandardCharsets.UTF_8);
    }
}
