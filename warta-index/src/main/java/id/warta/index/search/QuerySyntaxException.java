package id.warta.index.search;

/** A query the parser cannot read; the message quotes it, says where and suggests a fix. */
public final class QuerySyntaxException extends InvalidRequestException {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
