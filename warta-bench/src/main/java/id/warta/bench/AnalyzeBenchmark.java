package id.warta.bench;

import id.warta.model.Article;
import id.warta.model.RawDocument;
import id.warta.pipeline.Pipeline;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole analysis pipeline ({@code warta analyze} without I/O) on the
 * Indonesian news text corpora of {@code shared/data/news/}, on one thread (one core):
 * each operation analyses the next article, so the score is articles per second.
 * <pre>./warta build && java -jar warta-bench/target/warta-bench.jar Analyze</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class AnalyzeBenchmark {
    private final Pipeline pipeline = new Pipeline();
    private List<RawDocument> corpus;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        corpus = NewsCorpus.load();
        if (corpus.isEmpty()) throw new IllegalStateException("shared/data/news not found: set WARTA_SHARED");
        System.out.printf("%n%d articles, %.1f MB of text%n", corpus.size(),
                corpus.stream().mapToLong(d -> d.content().length()).sum() / 1e6);
    }

    @Benchmark
    public Article analyze() {
        RawDocument doc = corpus.get(next);
        next = next + 1 == corpus.size() ? 0 : next + 1;
        return pipeline.analyze(doc);
    }
}
