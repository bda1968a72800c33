package id.warta.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import id.warta.eval.SharedData;
import id.warta.eval.TarGz;
import id.warta.extract.Extractor;
import id.warta.ingest.Decoding;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * Pages per CPU-second of web-page extraction, end to end on the trafilatura evaluation pages:
 * Warta, Readability4J and boilerpipe's ArticleExtractor in the same run, each timed by the
 * CPU time of the thread that runs it ({@link ThreadMXBean#getCurrentThreadCpuTime}), so a
 * machine shared with other work does not distort the figure the way wall-clock time does.
 * Pages are decoded once before timing; each extractor is warmed up on every page first, then
 * timed over {@code rounds} passes, rounds interleaved between extractors.
 *
 * <pre>
 * ./warta build && java -cp warta-bench/target/warta-bench.jar id.warta.bench.ExtractionSpeed [rounds [name,...]]
 * </pre>
 */
public final class ExtractionSpeed {
    private static final int DEFAULT_ROUNDS = 3;
    private static final int WARMUP_ROUNDS = 2;

    /** One extractor's figures. */
    public record Result(String name, long pages, double cpuSeconds, long failures) {
        public double pagesPerCpuSecond() {
            return pages / cpuSeconds;
        }

        @Override
        public String toString() {
            return "%-14s %,7d pages  %7.2f CPU-s  %7.0f pages/CPU-s  %5.2f ms/page%s".formatted(name, pages, cpuSeconds,
                    pagesPerCpuSecond(), cpuSeconds * 1000 / pages, failures == 0 ? "" : "  (" + failures + " failed)");
        }
    }

    private ExtractionSpeed() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        List<String> only = args.length > 1 ? List.of(args[1].split(",")) : List.of();
        List<String> pages = load();
        System.out.printf("%d pages, %.1f MB of decoded HTML; %d warm-up and %d timed passes each%n", pages.size(),
                pages.stream().mapToLong(String::length).sum() / 1e6, WARMUP_ROUNDS, rounds);
        for (Result r : run(pages, rounds, only)) System.out.println(r);
    }

    /** The trafilatura evaluation pages, decoded as Warta decodes files. */
    static List<String> load() throws IOException {
        Path dir = SharedData.resolve("data/extraction/trafilatura-eval")
                .orElseThrow(() -> new IllegalStateException("shared/data/extraction/trafilatura-eval not found; set WARTA_SHARED"));
        List<String> pages = new ArrayList<>();
        TarGz.forEach(dir.resolve("trafilatura_tests_eval_cache.tar.gz"), (name, content) -> {
            if (name.endsWith(".html")) pages.add(Decoding.decode(content, null, 64L << 20).text());
        });
        return pages;
    }

    /** @param only names of the extractors to run; all when empty (a profiler wants one alone) */
    static List<Result> run(List<String> pages, int rounds, List<String> only) {
        Map<String, Function<String, String>> extractors = new LinkedHashMap<>();
        extractors.put("warta", html -> Extractor.extract(new RawDocument(Origin.file("bench"), RawDocument.Format.HTML,
                html, RawDocument.Hints.NONE)).text());
        extractors.put("readability4j", html -> new Readability4J("http://example.org/", html).parse().getTextContent());
        extractors.put("boilerpipe", html -> {
            try {
                return ArticleExtractor.INSTANCE.getText(html);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (!only.isEmpty()) extractors.keySet().retainAll(only);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP_ROUNDS; i++) extractors.values().forEach(x -> pass(x, pages, cpu));
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (int i = 0; i < rounds; i++) {
            for (var x : extractors.entrySet()) {
                long[] t = pass(x.getValue(), pages, cpu);
                long[] sum = totals.computeIfAbsent(x.getKey(), k -> new long[3]);
                for (int j = 0; j < 3; j++) sum[j] += t[j];
            }
        }
        List<Result> out = new ArrayList<>();
        totals.forEach((name, t) -> out.add(new Result(name, t[0], t[1] / 1e9, t[2] / rounds)));
        return out;
    }

    /** One pass over the pages: {pages, CPU nanoseconds, failures}; a failure still costs its time. */
    private static long[] pass(Function<String, String> extractor, List<String> pages, ThreadMXBean cpu) {
        long failures = 0, chars = 0;
        long start = cpu.getCurrentThreadCpuTime();
        for (String html : pages) {
            try {
                String text = extractor.apply(html);
                chars += text == null ? 0 : text.length();
            } catch (RuntimeException | StackOverflowError e) {
                failures++;
            }
        }
        long spent = cpu.getCurrentThreadCpuTime() - start;
        if (chars < 0) throw new AssertionError(); // keeps the work observable
        return new long[] {pages.size(), spent, failures};
    }
}
