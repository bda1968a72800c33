package id.warta.app.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets writing requests through only with the server's token, when it has one. */
final class WriteGuard {
    private final byte[] token;

    WriteGuard(String token) {
        this.token = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        if (token == null) return;
        String given = ctx.header("Authorization");
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "writing needs the server's token: send 'Authorization: Bearer <token>' (printed when the server started)");
        }
    }
}
