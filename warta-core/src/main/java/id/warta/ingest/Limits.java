package id.warta.ingest;

/**
 * Bounds on what one input may hold.
 *
 * @param maxDocumentBytes largest single document (a text file, a JSON Lines record) read;
 *                         larger ones are skipped with a message saying so
 */
public record Limits(long maxDocumentBytes) {
    public static final Limits DEFAULT = new Limits(10L << 20);

    public Limits {
        if (maxDocumentBytes <= 0) throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
}
