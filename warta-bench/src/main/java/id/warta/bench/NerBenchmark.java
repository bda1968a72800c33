package id.warta.bench;

import id.warta.entities.Entities;
import id.warta.entities.ner.NerModel;
import id.warta.language.Sentences;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import id.warta.model.Entity;
import id.warta.model.Span;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The named-entity path over real Indonesian news, one thread (so per core). {@link #tagging}
 * tokenises, splits sentences and tags every sentence with the shipped model;
 * {@link #entities} runs the whole entities layer ({@code Entities.find}: tagging, aliases,
 * grouping, roles, place resolution). Read the {@code tokens} counter: tokens per second.
 * <pre>./warta build && java -jar warta-bench/target/warta-bench.jar NerBenchmark</pre>
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(1)
public class NerBenchmark {
    /** How much news text to read. */
    private static final int CORPUS_CHARS = 3_000_000;

    @State(Scope.Benchmark)
    public static class News {
        List<String> articles;
        NerModel model;
        Entities entities;

        @Setup
        public void read() {
            articles = NewsCorpus.sample(CORPUS_CHARS);
            long chars = articles.stream().mapToLong(String::length).sum();
            model = Entities.shippedModel();
            entities = Entities.shipped();
            System.out.printf("%n[ner] %d articles, %,d characters%n", articles.size(), chars);
        }
    }

    /** Counts what each operation got through; JMH reports it per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        public long tokens;
        public long names;

        @Setup(Level.Iteration)
        public void clear() {
            tokens = 0;
            names = 0;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int tagging(News news, Counts counts) {
        int checksum = 0;
        for (String text : news.articles) {
            for (Span s : Sentences.split(text)) {
                List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
                int names = news.model.tag(tokens.stream().map(Token::text).toList(), true).size();
                counts.tokens += tokens.size();
                counts.names += names;
                checksum += names;
            }
        }
        return checksum;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int entities(News news, Counts counts) {
        int checksum = 0;
        for (String text : news.articles) {
            List<Entity> found = news.entities.find(text);
            counts.tokens += Tokenizer.tokenize(text).size();
            counts.names += found.size();
            checksum += found.size();
        }
        return checksum;
    }
}
