package id.warta.app.server;

/** A request that cannot be served, with the HTTP status and a message for the caller. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException notFound(String what) {
        return new ApiException(404, what);
    }
}
