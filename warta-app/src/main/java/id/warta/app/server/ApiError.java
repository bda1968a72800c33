package id.warta.app.server;

/** The body of every error response. */
public record ApiError(int status, String message) {
}
