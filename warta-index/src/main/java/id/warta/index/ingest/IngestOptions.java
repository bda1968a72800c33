package id.warta.index.ingest;

import id.warta.ingest.Limits;
import java.time.Duration;

/**
 * How an ingest runs.
 *
 * @param threads        analysis threads
 * @param limits         bounds on each input
 * @param commitEvery    commit after this many inputs at the latest
 * @param commitInterval and after this much time at the latest
 * @param reanalyse      analyse and upsert inputs already indexed (after an analysis upgrade)
 */
public record IngestOptions(int threads, Limits limits, int commitEvery, Duration commitInterval, boolean reanalyse) {
    public static final int DEFAULT_COMMIT_EVERY = 20_000;
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(10);

    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be at least 1: " + commitEvery);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), Limits.DEFAULT, DEFAULT_COMMIT_EVERY,
                DEFAULT_COMMIT_INTERVAL, false);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, limits, commitEvery, commitInterval, reanalyse);
    }

    public IngestOptions withCommits(int every, Duration interval) {
        return new IngestOptions(threads, limits, every, interval, reanalyse);
    }

    public IngestOptions withReanalyse(boolean yes) {
        return new IngestOptions(threads, limits, commitEvery, commitInterval, yes);
    }

    public IngestOptions withLimits(Limits l) {
        return new IngestOptions(threads, l, commitEvery, commitInterval, reanalyse);
    }
}
