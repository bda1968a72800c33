package id.warta.bench;

import java.io.BufferedReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CPU time per article of two builds' index side in one JVM, to tell whether a change made
 * indexing cheaper: the {@link BuildComparison} of {@code warta-index}. Each build's
 * {@code warta-bench.jar} is loaded in a class loader of its own ({@link BuildJar}) and parses the same analysed
 * articles ({@code warta analyze -f jsonl} lines, as {@link IngestBenchmark --analysed} keeps
 * them); each round, each build in turn (alternating which goes first) upserts them on one
 * thread into a fresh index, commits and closes it. A build's figure is the processor time of
 * that thread and of Lucene's merge threads, not the JIT compilers' or the garbage collector's
 * (both builds share those); the first round warms the JIT, and each figure is the least over
 * the later rounds.
 * <pre>
 * java -Xmx4g -cp warta-bench/target/warta-bench.jar id.warta.bench.IndexComparison \
 *     OLD/warta-bench.jar NEW/warta-bench.jar analysed.jsonl [--articles 5000] [--rounds 5]
 * </pre>
 */
public final class IndexComparison {
    private IndexComparison() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length < 3) {
            System.err.println("usage: IndexComparison OLD_BENCH_JAR NEW_BENCH_JAR ANALYSED_JSONL [--articles 5000] [--rounds 5]");
            System.exit(2);
        }
        Args args = new Args(Arrays.copyOfRange(argv, 3, argv.length), "articles", "rounds");
        int articles = args.integer("articles", 5_000), rounds = args.integer("rounds", 5);
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(argv[2]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && lines.size() < articles; line = in.readLine()) lines.add(line);
        }
        Build old = new Build(Path.of(argv[0]), lines), neu = new Build(Path.of(argv[1]), lines);
        System.out.printf("%d analysed articles, %d rounds%n", lines.size(), rounds);
        double leastOld = Double.MAX_VALUE, leastNew = Double.MAX_VALUE;
        Path work = Files.createTempDirectory("warta-index-comparison");
        for (int r = 1; r <= rounds; r++) {
            boolean oldFirst = r % 2 == 1;
            double first = (oldFirst ? old : neu).index(work.resolve(r + (oldFirst ? "-old" : "-new")));
            double second = (oldFirst ? neu : old).index(work.resolve(r + (oldFirst ? "-new" : "-old")));
            double o = oldFirst ? first : second, n = oldFirst ? second : first;
            System.out.printf("round %d: old %.3f  new %.3f ms per article%n", r, o, n);
            if (r > 1 || rounds == 1) {
                leastOld = Math.min(leastOld, o);
                leastNew = Math.min(leastNew, n);
            }
        }
        Sizes.delete(work);
        System.out.printf("least over rounds %s: old %.3f  new %.3f  new/old %.3f%n", rounds == 1 ? "1" : "2.." + rounds,
                leastOld, leastNew, leastNew / leastOld);
    }

    /** One build's index entry points, and the articles it parsed. */
    private static final class Build {
        private final BuildJar jar;
        private final List<Object> articles = new ArrayList<>();
        private final Method open, indexer, upsert, commit, close;

        Build(Path benchJar, List<String> lines) throws Exception {
            jar = new BuildJar(benchJar);
            Class<?> article = jar.load("id.warta.model.Article");
            Object mapper = jar.load("id.warta.json.ArticleJson").getMethod("mapper").invoke(null);
            Method read = mapper.getClass().getMethod("readValue", String.class, Class.class);
            for (String line : lines) articles.add(read.invoke(mapper, line, article));
            Class<?> newsIndex = jar.load("id.warta.index.NewsIndex");
            open = newsIndex.getMethod("open", Path.class);
            indexer = newsIndex.getMethod("indexer");
            close = newsIndex.getMethod("close");
            Class<?> indexerClass = jar.load("id.warta.index.Indexer");
            upsert = indexerClass.getMethod("upsert", article);
            commit = indexerClass.getMethod("commit");
        }

        /** Indexes every article into a fresh index in {@code data}; the CPU milliseconds per article it took. */
        double index(Path data) throws Exception {
            return jar.call(() -> {
                ThreadCpu before = ThreadCpu.now();
                Object index = open.invoke(null, data);
                Object writer = indexer.invoke(index);
                for (Object a : articles) upsert.invoke(writer, a);
                commit.invoke(writer);
                close.invoke(index);
                Map<String, Double> ms = ThreadCpu.now().since(before);
                double own = ms.getOrDefault(ThreadCpu.MAIN, 0.0) + ms.getOrDefault(ThreadCpu.MERGES, 0.0)
                        + ms.getOrDefault(ThreadCpu.ENDED, 0.0);
                return own / articles.size();
            });
        }
    }
}
