package id.warta.bench;

import id.warta.language.Sentences;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import id.warta.model.Span;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tokenising and sentence splitting over real Indonesian news, one thread (so per core); the
 * whole language path with tagging is {@link NerBenchmark#tagging}, the whole entities layer
 * {@link NerBenchmark#entities}. The {@code tokens} counter is
 * the figure to read: tokens per second. The news is an even sample of {@code shared/data/news}
 * (all nine scrapes, about 3 million characters); without it, the project's {@code samples/}.
 *
 * <p>{@link #oneLongInput} checks that the path stays linear on hostile input: one "sentence" of
 * 100 kB and of 1 MB, with commas but no sentence end ({@code sentence}) or with no punctuation at
 * all ({@code bare}). Time per operation should grow tenfold from 100 kB to 1 MB, not a hundredfold.
 *
 * <pre>./warta build && java -jar warta-bench/target/warta-bench.jar LanguagePath -f 1 -wi 2 -i 3</pre>
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Threads(1)
public class LanguagePathBenchmark {
    /** How much news text to read. */
    private static final int CORPUS_CHARS = 3_000_000;

    @State(Scope.Benchmark)
    public static class News {
        List<String> articles;

        @Setup
        public void read() {
            articles = NewsCorpus.sample(CORPUS_CHARS);
            long chars = articles.stream().mapToLong(String::length).sum();
            System.out.printf("%n[language path] %d articles, %,d characters%n", articles.size(), chars);
        }
    }

    /** Counts what each operation got through; JMH reports it per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        public long tokens;
        public long sentences;

        @Setup(Level.Iteration)
        public void clear() {
            tokens = 0;
            sentences = 0;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int languagePath(News news, Counts counts) {
        int checksum = 0;
        for (String text : news.articles) {
            List<Token> tokens = Tokenizer.tokenize(text);
            List<Span> sentences = Sentences.split(text, tokens);
            counts.tokens += tokens.size();
            counts.sentences += sentences.size();
            checksum += tokens.size() + sentences.size();
        }
        return checksum;
    }

    @State(Scope.Benchmark)
    public static class LongInput {
        @Param({"100000", "1000000"})
        public int chars;
        @Param({"sentence", "bare"})
        public String shape;
        String text;

        @Setup
        public void make() {
            text = longInput(chars, shape.equals("sentence"));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int oneLongInput(LongInput input) {
        List<Token> tokens = Tokenizer.tokenize(input.text);
        return tokens.size() + Sentences.split(input.text, tokens).size();
    }

    /** Indonesian words in random order, joined by spaces and, for a sentence, an occasional comma. */
    static String longInput(int chars, boolean commas) {
        String[] words = ("pemerintah Indonesia menyatakan bahwa harga beras naik sejak awal tahun dan warga "
                + "di Jakarta Bekasi serta Bogor mengeluhkan kenaikan Rp 1.549 per kilogram atau 2,5 persen "
                + "negara-negara anggota Presiden Prabowo Subianto Dr. Budi S.H. di Jl. Merdeka No. 5").split(" ");
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(chars + 32);
        while (text.length() < chars) {
            String word = words[random.nextInt(words.length)];
            if (!commas) word = word.replaceAll("\\p{Punct}", "");
            text.append(word).append(commas && random.nextInt(12) == 0 ? ", " : " ");
        }
        return text.substring(0, chars);
    }
}
