package id.warta.index.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did.
 *
 * @param inputs    inputs read (documents and unreadable parts)
 * @param added     new articles indexed
 * @param updated   articles replaced by a newer version (same URL, other content)
 * @param skipped   inputs not indexed, per reason ({@code already indexed}, {@code unchanged}, {@code too large}...)
 * @param examples  a few skipped inputs with their full reason, for the report
 * @param committed inputs durable at the last commit
 * @param seconds   wall time
 */
public record IngestSummary(long inputs, long added, long updated, Map<String, Long> skipped, List<String> examples,
                            long committed, double seconds) {
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Articles analysed and indexed (added or updated) per second. */
    public double rate() {
        return seconds <= 0 ? 0 : (added + updated) / seconds;
    }
}
