package id.warta.index.ingest;

/** Hears how an ingest goes; called from the ingesting thread, so keep it quick. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** After each input, with the running totals. */
    default void progressed(Progress progress) {
    }

    /** After a commit: the first {@code inputs} inputs are durable. */
    default void committed(long inputs) {
    }

    /** What a container (a WARC archive) held besides its articles: information, not a problem. */
    default void noted(String origin, String message) {
    }

    /** An input was not indexed, and why. */
    default void skipped(String origin, String reason) {
    }

    /**
     * Running totals.
     *
     * @param done    inputs finished
     * @param indexed articles added or updated
     * @param skipped inputs skipped
     * @param seconds since the start
     */
    record Progress(long done, long indexed, long skipped, double seconds) {
    }
}
