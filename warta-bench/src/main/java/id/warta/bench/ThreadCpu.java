package id.warta.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The process's processor time split by kind of thread, read from {@code /proc/self/task}
 * (Linux): the JVM's own threads (JIT compilers, garbage collectors) are there too, which
 * {@link java.lang.management.ThreadMXBean} does not show. A thread that ended between two
 * snapshots (an ingest's workers, which end with it, or a Lucene merge thread) is counted as {@code ended threads}.
 */
final class ThreadCpu {
    /** The kinds of thread that {@link IndexComparison} adds up as a build's own. */
    static final String MAIN = "main", MERGES = "merges", ENDED = "ended threads (ingest workers, merges)";
    /** {@code /proc} counts in clock ticks: 100 a second on Linux. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<Long, Long> ticksByThread;
    private final Map<Long, String> names;
    private final long processNanos;

    private ThreadCpu(Map<Long, Long> ticksByThread, Map<Long, String> names, long processNanos) {
        this.ticksByThread = ticksByThread;
        this.names = names;
        this.processNanos = processNanos;
    }

    /** Now; empty (all time counted as {@code other}) where there is no {@code /proc}. */
    static ThreadCpu now() {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                    String[] rest = stat.substring(close + 2).split(" ");
                    long tid = Long.parseLong(task.getFileName().toString());
                    names.put(tid, stat.substring(open + 1, close));
                    ticks.put(tid, Long.parseLong(rest[11]) + Long.parseLong(rest[12])); // utime, stime
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while listing
                }
            }
        } catch (IOException | RuntimeException noProc) {
            // not Linux: the split stays empty
        }
        return new ThreadCpu(ticks, names, processCpuNanos());
    }

    long processNanosSince(ThreadCpu before) {
        return processNanos - before.processNanos;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Milliseconds of processor time per kind of thread since {@code before}, largest first. */
    Map<String, Double> since(ThreadCpu before) {
        Map<String, Long> nanos = new TreeMap<>();
        long counted = 0;
        for (var e : ticksByThread.entrySet()) {
            long delta = (e.getValue() - before.ticksByThread.getOrDefault(e.getKey(), 0L)) * NANOS_PER_TICK;
            nanos.merge(kind(names.get(e.getKey())), delta, Long::sum);
            counted += delta;
        }
        nanos.merge(ENDED, Math.max(0, processNanos - before.processNanos - counted), Long::sum);
        Map<String, Double> ms = new LinkedHashMap<>();
        nanos.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> ms.put(e.getKey(), e.getValue() / 1e6));
        return ms;
    }

    /** The split per article, as {@code workers 5.1, JIT 2.0, ...} (ms). */
    String perArticle(ThreadCpu before, int articles) {
        StringBuilder s = new StringBuilder();
        since(before).forEach((kind, ms) -> s.append(s.isEmpty() ? "" : ", ").append(String.format("%s %.2f", kind, ms / articles)));
        return s.toString();
    }

    private static String kind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) return "JIT";
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) return "GC";
        if (name.startsWith("Lucene Merge")) return MERGES;
        if (name.startsWith("pool-") || name.startsWith("warta-ingest")) return "workers";
        if (name.equals("java") || name.equals("main")) return MAIN;
        return "other";
    }
}
