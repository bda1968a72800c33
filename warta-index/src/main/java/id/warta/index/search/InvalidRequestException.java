package id.warta.index.search;

/** A search request the caller got wrong: a bad parameter or query. The message says what and how to fix it. */
public class InvalidRequestException extends IllegalArgumentException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
