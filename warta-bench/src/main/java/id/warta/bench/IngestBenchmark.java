package id.warta.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Warta;
import id.warta.index.NewsIndex;
import id.warta.index.ingest.IngestOptions;
import id.warta.index.ingest.IngestSummary;
import id.warta.index.ingest.Ingestion;
import id.warta.index.ingest.IngestListener;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * parallel, upsert, commits) into a fresh index. Then the rate for HTML input: the same news as
 * portal pages in a WARC archive ({@link HtmlPages}; {@code --html} pages, 4,000 by default, 0
 * for none), extracted, analysed and indexed into another fresh index. Then the same articles analysed already
 * ({@code warta analyze -f jsonl} lines) ingested into another fresh index, twice, and once
 * more while serving: the index side alone, a rate of its own, never the text-input rate. Also
 * times analysis alone before the ingest (paying for compiling the code, as the ingest after it
 * does less) and after it (warm), to show where the time goes.
 * Each phase reports its wall-clock rate and the processor time the whole process spent per
 * article, split by kind of thread (analysis workers, JIT compilers, garbage collection,
 * Lucene merges): on a machine shared with other work the wall clock says more about the
 * neighbours, and {@code threads / CPU per article} is the rate the same work reaches on that
 * many free cores.
 * <pre>
 * java -cp warta-bench/target/warta-bench.jar id.warta.bench.IngestBenchmark --docs 20000 --threads 2
 * </pre>
 */
public final class IngestBenchmark {
    private static final int DEFAULT_HTML_PAGES = 4_000;

    private IngestBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, "docs", "threads", "html", "analysed", "only");
        int docs = args.integer("docs", 20_000);
        int threads = args.integer("threads", Runtime.getRuntime().availableProcessors());
        // pages for the HTML phase: each is extracted and analysed, so fewer than --docs keeps the run short
        int htmlPages = args.integer("html", Math.min(docs, DEFAULT_HTML_PAGES));
        Path work = Files.createTempDirectory("warta-ingest-bench");
        // --only text: the text ingest alone, in a JVM that has run nothing before it, as `warta ingest` does
        String only = args.string("only", "all");
        if (!only.equals("all") && !only.equals("text")) throw new IllegalArgumentException("--only takes text (or all, the default)");
        if (only.equals("text")) {
            List<RawDocument> corpus = Corpus.required();
            Path input = work.resolve("news.jsonl");
            writeJsonLines(corpus, docs, input);
            ingest("ingest, text input (analyse+index+commit), alone", input, work.resolve("data"), docs, threads, false);
            Sizes.delete(work);
            return;
        }
        // --analysed FILE keeps the analysed lines there; a rerun that finds them measures only their ingest
        Path analysedInput = Path.of(args.string("analysed", work.resolve("analysed.jsonl").toString()));
        if (!Files.exists(analysedInput)) {
            List<RawDocument> corpus = Corpus.required();
            System.out.printf("corpus: %d articles from shared/data/news; %d docs, %d threads%n", corpus.size(), docs, threads);
            int analysed = Math.min(docs, corpus.size());
            Article[] articles = new Article[analysed];
            analysisOnly("first pass", corpus, articles, threads);
            Path input = work.resolve("news.jsonl");
            writeJsonLines(corpus, docs, input);
            ingest("ingest, text input (analyse+index+commit)", input, work.resolve("data"), docs, threads, false);
            if (htmlPages > 0) {
                Path warc = work.resolve("news.warc.gz");
                HtmlPages.writeWarc(corpus, htmlPages, warc);
                ingest("ingest, HTML input (a WARC of portal pages; extract+analyse+index+commit)", warc, work.resolve("data-html"),
                        htmlPages, threads, false);
            }
            analysisOnly("warm: after the first pass and the ingest", corpus, articles, threads);
            writeAnalysed(articles, docs, analysedInput);
        }
        // twice, each into a fresh index: the first run also compiles the index side's code
        ingest("ingest, analysed input (index+commit), first run", analysedInput, work.resolve("data-analysed"), docs, threads, false);
        ingest("ingest, analysed input (index+commit), again", analysedInput, work.resolve("data-again"), docs, threads, false);
        ingest("ingest, analysed input, while serving (new writes searchable within 1 s)", analysedInput,
                work.resolve("data-serving"), docs, threads, true);
        Sizes.delete(work);
    }

    private static void ingest(String what, Path input, Path data, int docs, int threads, boolean serving) throws Exception {
        ThreadCpu cpu = ThreadCpu.now();
        SecondHalf secondHalf = new SecondHalf(docs / 2);
        try (NewsIndex index = NewsIndex.open(data)) {
            if (serving) index.keepFresh();
            IngestSummary s = new Ingestion(index.indexer(), Warta.pipeline(), IngestOptions.defaults().withThreads(threads),
                    secondHalf).run(List.of(input.toString()));
            System.out.printf("%s: %,8.0f articles/s  (%d added, %d skipped %s, %.1f s); %s%n",
                    what, s.rate(), s.added(), s.skippedTotal(), s.skipped(), s.seconds(), cpuPer(cpu, docs, threads));
            if (secondHalf.start != null) {
                System.out.printf("  second half alone (the code compiled by then): %s%n", cpuPer(secondHalf.start, docs - docs / 2, threads));
            }
        }
        System.out.printf("  index size: %.1f MB for %d articles%n", Sizes.megabytes(data), docs);
    }

    /** Takes a snapshot of the processor time once half the inputs are done. */
    private static final class SecondHalf implements IngestListener {
        private final long half;
        private ThreadCpu start;

        SecondHalf(long half) {
            this.half = half;
        }

        @Override
        public void progressed(Progress p) {
            if (start == null && p.done() >= half) start = ThreadCpu.now();
        }
    }

    /** The process's CPU time per article since {@code since}, the rate it allows on {@code cores} free cores, and its split. */
    private static String cpuPer(ThreadCpu since, int articles, int cores) {
        ThreadCpu now = ThreadCpu.now();
        double ms = now.processNanosSince(since) / 1e6 / articles;
        return String.format("CPU %.2f ms/article (%,.0f articles/s on %d free cores)%n  CPU ms/article by thread: %s",
                ms, cores * 1000 / ms, cores, now.perArticle(since, articles));
    }

    private static void analysisOnly(String pass, List<RawDocument> corpus, Article[] articles, int threads) throws Exception {
        ThreadCpu cpu = ThreadCpu.now();
        double rate = analyse(corpus, articles, threads);
        System.out.printf("analysis only (%s): %,8.0f articles/s; %s%n", pass, rate, cpuPer(cpu, articles.length, threads));
    }

    /** Analyses the first {@code articles.length} documents of the corpus into {@code articles} (null where analysis failed). */
    private static double analyse(List<RawDocument> corpus, Article[] articles, int threads) throws Exception {
        int n = articles.length;
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < n; i += threads) {
                        try {
                            articles[i] = Warta.pipeline().analyze(corpus.get(i));
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

    /** The analysed articles as {@code warta analyze -f jsonl} writes them, cycled to {@code n}, each copy with its own URL. */
    private static void writeAnalysed(Article[] articles, int n, Path file) throws IOException {
        ObjectMapper json = ArticleJson.mapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Article a = articles[i % articles.length];
                if (a == null) continue;
                ObjectNode record = json.valueToTree(a);
                record.put("url", "https://bench.warta.test/" + i + (a.url() == null ? "" : "/" + Math.abs(a.url().hashCode())));
                w.write(json.writeValueAsString(record));
                w.write('\n');
            }
        }
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
