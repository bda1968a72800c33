package id.warta.app.server;

import id.warta.index.search.InvalidRequestException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Typed query parameters; a malformed one is the caller's mistake, named in the message. */
final class Params {
    private Params() {
    }

    static String string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v;
    }

    static List<String> all(Context ctx, String name) {
        return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
    }

    static int integer(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number, not '" + v + "'");
        }
    }

    static LocalDate day(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a day as YYYY-MM-DD, not '" + v + "'");
        }
    }
}
