package id.warta.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.warta.index.search.InvalidRequestException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: JSON {@code {status, message}}. The
 * caller's mistakes say what to fix; the server's own failures are logged here and answered
 * with a generic message (never a stack trace).
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(InvalidRequestException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        routes.exception(JsonProcessingException.class, (e, ctx) -> respond(ctx, 400, "the body is not the JSON expected: " + e.getOriginalMessage()));
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal error; the server log has the details");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) respond(ctx, 404, "no such page: " + ctx.method() + " " + ctx.path());
        });
    }

    private static void respond(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, message));
    }
}
