package id.warta.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time per article of two builds of Warta in one JVM, to tell whether a change made the
 * analysis cheaper: two runs on a shared machine differ by more than most speed-ups do, but
 * within one process the neighbours' load falls on both builds alike. Each build's
 * {@code warta-bench.jar} is loaded in a class loader of its own ({@link BuildJar}), reads the shared news
 * ({@code NewsCorpus.load}, every n-th article kept) and runs it through three stages, timed
 * by the thread's CPU clock: {@code extract} ({@code Extractor.extract}), {@code entities}
 * ({@code Entities.shipped().find} over documents extracted beforehand) and {@code pipeline}
 * ({@code new Pipeline().analyze}, the whole analysis), with the bytes the pipeline allocates.
 * The builds take turns every few dozen articles, in alternating order, so neither always
 * runs on a cache the other warmed. The first round warms the JIT; each figure is its least
 * over the later rounds (other work only ever adds to a thread's CPU time).
 * <pre>
 * WARTA_SHARED=../shared java -Xmx6g -cp warta-bench/target/warta-bench.jar id.warta.bench.BuildComparison \
 *     OLD/warta-bench.jar NEW/warta-bench.jar [--every 6] [--rounds 3] [--turn 40]
 * </pre>
 * Only public entry points present in every build since the corpus loader are called (by
 * reflection: the two builds' classes share names), so any two jars can be compared.
 */
public final class BuildComparison {
    private static final com.sun.management.ThreadMXBean CPU =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Allocated bytes are summed beside the nanoseconds: a millionth of either per article reads as MB, as ms. */
    private static final String ALLOCATED = "pipeline alloc MB";

    private BuildComparison() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length < 2) {
            System.err.println("usage: BuildComparison OLD_BENCH_JAR NEW_BENCH_JAR [--every 6] [--rounds 3] [--turn 40]");
            System.exit(2);
        }
        Args args = new Args(Arrays.copyOfRange(argv, 2, argv.length), "every", "rounds", "turn");
        int every = args.integer("every", 6), rounds = args.integer("rounds", 3), turn = args.integer("turn", 40);
        Build old = new Build(Path.of(argv[0]), every), neu = new Build(Path.of(argv[1]), every);
        if (old.articles() != neu.articles()) throw new IllegalStateException("the builds read different corpora");
        int n = old.articles();
        System.out.printf("%d articles per round (every %d), %d rounds, turns of %d articles%n", n, every, rounds, turn);
        Map<String, Double> leastOld = new LinkedHashMap<>(), leastNew = new LinkedHashMap<>();
        for (int r = 1; r <= rounds; r++) {
            Map<String, Long> nanosOld = new LinkedHashMap<>(), nanosNew = new LinkedHashMap<>();
            for (int from = 0; from < n; from += turn) {
                int to = Math.min(n, from + turn);
                boolean oldFirst = (from / turn) % 2 == 0;
                (oldFirst ? old : neu).run(from, to, oldFirst ? nanosOld : nanosNew);
                (oldFirst ? neu : old).run(from, to, oldFirst ? nanosNew : nanosOld);
            }
            Map<String, Double> perOld = perArticle(nanosOld, n), perNew = perArticle(nanosNew, n);
            System.out.printf("round %d: old %s%n         new %s%n", r, perOld, perNew);
            if (r > 1 || rounds == 1) {
                perOld.forEach((stage, ms) -> leastOld.merge(stage, ms, Math::min));
                perNew.forEach((stage, ms) -> leastNew.merge(stage, ms, Math::min));
            }
        }
        System.out.printf("least over rounds %s, CPU ms (allocation MB) per article:%n", rounds == 1 ? "1" : "2.." + rounds);
        leastOld.forEach((stage, ms) -> System.out.printf("  %-18s old %8.3f  new %8.3f  new/old %.3f%n", stage, ms,
                leastNew.get(stage), leastNew.get(stage) / ms));
    }

    private static Map<String, Double> perArticle(Map<String, Long> nanos, int articles) {
        Map<String, Double> ms = new LinkedHashMap<>();
        nanos.forEach((stage, ns) -> ms.put(stage, Math.round(ns / 1e3 / articles) / 1e3));
        return ms;
    }

    /** One build's entry points, and the articles it read. */
    private static final class Build {
        private final BuildJar jar;
        private final List<?> raw;
        private final List<Object> extracted = new ArrayList<>();
        private final Method extract;
        private final Object entities;
        private final Method find;
        private final Object pipeline;
        private final Method analyze;

        Build(Path benchJar, int every) throws Exception {
            jar = new BuildJar(benchJar);
            Class<?> rawDocument = jar.load("id.warta.model.RawDocument");
            Class<?> document = jar.load("id.warta.model.Document");
            extract = jar.load("id.warta.extract.Extractor").getMethod("extract", rawDocument);
            Class<?> entitiesClass = jar.load("id.warta.entities.Entities");
            find = entitiesClass.getMethod("find", document);
            Class<?> pipelineClass = jar.load("id.warta.pipeline.Pipeline");
            analyze = pipelineClass.getMethod("analyze", rawDocument);
            List<?> all = jar.call(() -> (List<?>) jar.load("id.warta.bench.NewsCorpus").getMethod("load").invoke(null));
            List<Object> kept = new ArrayList<>();
            for (int i = 0; i < all.size(); i += every) kept.add(all.get(i));
            if (kept.isEmpty()) throw new IllegalStateException("no shared news found; set WARTA_SHARED");
            raw = kept;
            entities = jar.call(() -> entitiesClass.getMethod("shipped").invoke(null));
            pipeline = jar.call(() -> pipelineClass.getConstructor().newInstance());
            jar.call(() -> {
                for (Object doc : raw) extracted.add(extract.invoke(null, doc));
                return null;
            });
        }

        int articles() {
            return raw.size();
        }

        /** Runs articles {@code [from, to)} through each stage, adding each stage's CPU nanoseconds into {@code nanos}. */
        void run(int from, int to, Map<String, Long> nanos) throws Exception {
            jar.call(() -> {
                long t = CPU.getCurrentThreadCpuTime();
                for (int i = from; i < to; i++) extract.invoke(null, raw.get(i));
                t = lap("extract", t, nanos);
                for (int i = from; i < to; i++) find.invoke(entities, extracted.get(i));
                t = lap("entities", t, nanos);
                long bytes = CPU.getCurrentThreadAllocatedBytes();
                for (int i = from; i < to; i++) analyze.invoke(pipeline, raw.get(i));
                lap("pipeline", t, nanos);
                nanos.merge(ALLOCATED, CPU.getCurrentThreadAllocatedBytes() - bytes, Long::sum);
                return null;
            });
        }

        private static long lap(String stage, long since, Map<String, Long> nanos) {
            long now = CPU.getCurrentThreadCpuTime();
            nanos.merge(stage, now - since, Long::sum);
            return now;
        }
    }
}
