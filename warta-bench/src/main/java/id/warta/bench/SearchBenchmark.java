package id.warta.bench;

import id.warta.index.NewsIndex;
import id.warta.index.search.SearchRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search latency over a built index (see {@link BigIndexBuilder}): the {@link QueryMix}, each
 * with facets, timeline and snippets, one at a time after a warm-up; percentiles overall and
 * per kind of query, and the index size on disk. Besides the time each search takes, it
 * reports the processor time the searching thread spent on it: on a machine shared with other
 * work a search also waits for a core, and that waiting says nothing about the search.
 * <pre>
 * java -cp warta-bench/target/warta-bench.jar id.warta.bench.SearchBenchmark --data /tmp/warta-1m --queries 2000
 * </pre>
 */
public final class SearchBenchmark {
    private SearchBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, "data", "queries", "warmup");
        Path data = Path.of(args.string("data", System.getProperty("java.io.tmpdir") + "/warta-bench-index"));
        int n = args.integer("queries", 2000), warmup = args.integer("warmup", 500);
        try (NewsIndex index = NewsIndex.openReadOnly(data)) {
            System.out.printf("index: %s articles, %.1f MB on disk in %s%n", index.searcher().counts(), Sizes.megabytes(data), data);
            long t0 = System.nanoTime();
            index.searcher().search(SearchRequest.of("banjir"));
            System.out.printf("first search (opens the index, builds facet ordinals): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            for (QueryMix.Query q : QueryMix.generate(warmup, 1)) index.searcher().search(q.request());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Latencies all = new Latencies(), cpu = new Latencies();
            Map<String, Latencies> byKind = new LinkedHashMap<>(), cpuByKind = new LinkedHashMap<>();
            long hits = 0;
            for (QueryMix.Query q : QueryMix.generate(n, 2)) {
                long start = System.nanoTime(), startCpu = threads.getCurrentThreadCpuTime();
                hits += index.searcher().search(q.request()).total();
                long took = System.nanoTime() - start, tookCpu = threads.getCurrentThreadCpuTime() - startCpu;
                all.add(took);
                cpu.add(tookCpu);
                byKind.computeIfAbsent(q.kind(), k -> new Latencies()).add(took);
                cpuByKind.computeIfAbsent(q.kind(), k -> new Latencies()).add(tookCpu);
            }
            System.out.printf("search (facets, timeline, 10 snippets), one at a time: %s%n", all.summary());
            byKind.forEach((kind, l) -> System.out.printf("  %-15s %s%n", kind, l.summary()));
            System.out.printf("processor time of the searching thread: %s%n", cpu.summary());
            cpuByKind.forEach((kind, l) -> System.out.printf("  %-15s %s%n", kind, l.summary()));
            System.out.printf("mean hits per query: %,d%n", hits / n);
        }
    }

}
