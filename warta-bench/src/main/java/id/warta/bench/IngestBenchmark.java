package id.warta.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.Warta;
import id.warta.index.NewsIndex;
import id.warta.index.ingest.IngestOptions;
import id.warta.index.ingest.IngestSummary;
import id.warta.index.ingest.Ingestion;
import id.warta.index.ingest.IngestListener;
import id.warta.model.RawDocument;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingest rate for text input: the shared news (cycled to {@code --docs}, each copy with its
 * own URL) written as JSON Lines, then ingested as {@code warta ingest} does it (analysis in
 * parallel, upsert, commits) into a fresh index. Also reports analysis alone, to show where
 * the time goes. Each phase reports its wall-clock rate and the CPU time the whole process
 * spent per article (merges, JIT and GC included): on a machine shared with other work the
 * wall clock says more about the neighbours, and {@code threads / CPU per article} is the
 * rate the same work reaches on that many free cores.
 * <pre>
 * java -cp warta-bench/target/warta-bench.jar id.warta.bench.IngestBenchmark --docs 20000 --threads 2
 * </pre>
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int docs = args.integer("docs", 20_000);
        int threads = args.integer("threads", Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("warta-ingest-bench");
        List<RawDocument> corpus = Corpus.required();
        System.out.printf("corpus: %d articles from shared/data/news; %d docs, %d threads%n", corpus.size(), docs, threads);

        int analysed = Math.min(docs, corpus.size() * 2);
        long cpu = processCpu();
        double analysisRate = analysisOnly(corpus, analysed, threads);
        System.out.printf("analysis only:        %,8.0f articles/s; %s%n", analysisRate, cpuPer(cpu, analysed, threads));

        Path input = work.resolve("news.jsonl");
        writeJsonLines(corpus, docs, input);
        cpu = processCpu();
        try (NewsIndex index = NewsIndex.open(work.resolve("data"))) {
            IngestSummary s = new Ingestion(index.indexer(), Warta.pipeline(), IngestOptions.defaults().withThreads(threads),
                    IngestListener.NONE).run(List.of(input.toString()));
            System.out.printf("ingest (analyse+index+commit): %,8.0f articles/s  (%d added, %d skipped %s, %.1f s); %s%n",
                    s.rate(), s.added(), s.skippedTotal(), s.skipped(), s.seconds(), cpuPer(cpu, docs, threads));
        }
        System.out.printf("index size: %.1f MB for %d articles%n", Sizes.megabytes(work.resolve("data")), docs);
        Sizes.delete(work);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The process's CPU time per article since {@code since}, and the rate it allows on {@code cores} free cores. */
    private static String cpuPer(long since, int articles, int cores) {
        double ms = (processCpu() - since) / 1e6 / articles;
        return String.format("CPU %.2f ms/article (%,.0f articles/s on %d free cores)", ms, cores * 1000 / ms, cores);
    }

    private static double analysisOnly(List<RawDocument> corpus, int n, int threads) throws Exception {
        AtomicLong chars = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < n; i += threads) {
                        try {
                            chars.addAndGet(Warta.pipeline().analyze(corpus.get(i % corpus.size())).text().length());
                        } catch (RuntimeException e) {
                            failures.incrementAndGet(); // counted, as the ingest counts them
                        }
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        }
        if (failures.get() > 0) System.out.printf("analysis failed on %d of %d documents%n", failures.get(), n);
        return n / ((System.nanoTime() - started) / 1e9);
    }

    private static void writeJsonLines(List<RawDocument> corpus, int n, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                RawDocument d = corpus.get(i % corpus.size());
                Map<String, String> record = new LinkedHashMap<>();
                record.put("title", d.hints().title());
                record.put("url", "https://bench.warta.test/" + i + (d.hints().url() == null ? "" : "/" + Math.abs(d.hints().url().hashCode())));
                record.put("published", d.hints().published());
                record.put("text", d.content());
                w.write(json.writeValueAsString(record));
                w.write('\n');
            }
        }
    }
}
