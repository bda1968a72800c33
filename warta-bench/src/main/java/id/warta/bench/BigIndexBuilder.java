package id.warta.bench;

import id.warta.index.NewsIndex;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds (or continues building) a large index of {@link Replicas} of the shared news:
 * index-side throughput without analysis, and the index the search benchmarks read.
 * Resumable: each commit records how far it got; a rerun carries on from there.
 * {@code --segments N} then merges the index down to N segments, as a read-mostly index would be.
 * <pre>
 * java -cp warta-bench/target/warta-bench.jar id.warta.bench.BigIndexBuilder --docs 1000000 --data /tmp/warta-1m [--segments 1]
 * </pre>
 */
public final class BigIndexBuilder {
    private static final String NEXT = "bench.next";
    private static final int BATCH = 50_000;

    private BigIndexBuilder() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, "docs", "threads", "data", "segments");
        long docs = args.integer("docs", 1_000_000);
        int threads = args.integer("threads", Runtime.getRuntime().availableProcessors());
        Path data = Path.of(args.string("data", System.getProperty("java.io.tmpdir") + "/warta-bench-index"));
        try (NewsIndex index = NewsIndex.open(data)) {
            long next = Long.parseLong(index.lastCommitData().getOrDefault(NEXT, "0"));
            if (next > 0) System.out.printf("resuming at %,d%n", next);
            long started = System.nanoTime();
            Replicas replicas = next < docs ? Replicas.of(Corpus.required()) : null;
            if (replicas != null) System.out.printf("analysed %d corpus articles in %.1f s%n", replicas.size(), (System.nanoTime() - started) / 1e9);
            long indexStart = System.nanoTime(), first = next;
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                while (next < docs) {
                    long end = Math.min(docs, next + BATCH);
                    AtomicLong cursor = new AtomicLong(next);
                    Future<?>[] workers = new Future<?>[threads];
                    for (int t = 0; t < threads; t++) {
                        workers[t] = pool.submit(() -> {
                            for (long n; (n = cursor.getAndIncrement()) < end; ) index.indexer().upsert(replicas.copy(n));
                            return null;
                        });
                    }
                    for (Future<?> w : workers) w.get();
                    index.indexer().commit(Map.of(NEXT, Long.toString(end)));
                    next = end;
                    double secs = (System.nanoTime() - indexStart) / 1e9;
                    System.out.printf("committed %,d (%,.0f articles/s indexed, %.0f s)%n", next, (next - first) / secs, secs);
                }
            }
            int segments = args.integer("segments", 0);
            if (segments > 0) {
                long mergeStart = System.nanoTime();
                index.indexer().forceMerge(segments, Map.of(NEXT, Long.toString(next)));
                System.out.printf("merged to %d segment(s) in %.0f s%n", segments, (System.nanoTime() - mergeStart) / 1e9);
            }
            System.out.println("articles in index: " + index.searcher().counts());
        }
        System.out.printf("index size: %.1f MB in %s%n", Sizes.megabytes(data), data);
    }
}
