package id.warta.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import id.warta.eval.SharedData;
import id.warta.eval.TarGz;
import id.warta.extract.Extractor;
import id.warta.ingest.Decoding;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second on one thread: Warta's extractor and two peers from Maven Central
 * (Readability4J, boilerpipe's ArticleExtractor) on the same pages in the same run. The pages
 * are the trafilatura evaluation corpus ({@code shared/data/extraction/trafilatura-eval}),
 * decoded once at setup so only extraction is timed. Each operation is the whole corpus, so
 * the score in ops/s times {@value #PAGES} is pages per second.
 * <pre>
 * ./warta build && java -jar warta-bench/target/warta-bench.jar ExtractionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class ExtractionBenchmark {
    /** Pages timed per operation (the corpus's first pages, in archive order). */
    static final int PAGES = 500;

    private final List<String> pages = new ArrayList<>();

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = SharedData.resolve("data/extraction/trafilatura-eval")
                .orElseThrow(() -> new IllegalStateException("shared/data/extraction/trafilatura-eval not found; set WARTA_SHARED"));
        TarGz.forEach(dir.resolve("trafilatura_tests_eval_cache.tar.gz"), (name, content) -> {
            if (pages.size() < PAGES && name.endsWith(".html")) pages.add(Decoding.decode(content, null, 64L << 20).text());
        });
        if (pages.size() < PAGES) throw new IllegalStateException("only " + pages.size() + " pages in the corpus");
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void warta(Blackhole out) {
        for (String html : pages) {
            out.consume(Extractor.extract(new RawDocument(Origin.file("bench"), RawDocument.Format.HTML, html,
                    RawDocument.Hints.NONE)).text());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void readability4j(Blackhole out) {
        for (String html : pages) out.consume(new Readability4J("http://example.org/", html).parse().getTextContent());
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void boilerpipe(Blackhole out) {
        for (String html : pages) {
            try {
                out.consume(ArticleExtractor.INSTANCE.getText(html));
            } catch (Exception e) {
                out.consume(e); // boilerpipe rejects some pages; a failure still costs its time
            }
        }
    }
}
