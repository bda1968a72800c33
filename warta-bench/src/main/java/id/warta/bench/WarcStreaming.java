package id.warta.bench;

import id.warta.ingest.Input;
import id.warta.ingest.Inputs;
import id.warta.ingest.Limits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Streams a WARC archive through {@link Inputs} and measures what memory that takes: the
 * heap still held after a full GC at each tenth of the archive (flat when streaming) and
 * the peak heap in use. Writes a crawl-like archive first when given a size.
 *
 * <pre>
 * java -Xmx64m -cp warta-bench/target/warta-bench.jar id.warta.bench.WarcStreaming 1024          # writes a 1 GB archive to a temp dir, reads it, deletes it
 * java -Xmx64m -cp warta-bench/target/warta-bench.jar id.warta.bench.WarcStreaming crawl.warc.gz # reads an archive you have
 * </pre>
 */
public final class WarcStreaming {
    private static final int CHECKPOINTS = 10;
    private static final double MB = 1 << 20;

    /** What one streaming run found. */
    public record Result(long pages, long skipped, long bytes, double seconds, List<Double> retainedMb, double peakMb) {
        @Override
        public String toString() {
            return "read %.1f MB: %,d pages, %,d skipped, in %.1f s (%.0f MB/s, %,.0f pages/s)%nheap held after GC at each tenth: %s MB%npeak heap used: %.1f MB (max heap %.0f MB)"
                    .formatted(bytes / MB, pages, skipped, seconds, bytes / MB / seconds, pages / seconds,
                            retainedMb.stream().map(m -> "%.1f".formatted(m)).toList(), peakMb,
                            Runtime.getRuntime().maxMemory() / MB);
        }
    }

    private WarcStreaming() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: WarcStreaming SIZE_MB | FILE.warc[.gz]");
            System.exit(2);
        }
        if (args[0].matches("\\d+")) {
            Path dir = Files.createTempDirectory("warta-warc");
            Path file = dir.resolve("bench.warc.gz");
            try {
                long started = System.nanoTime();
                long pages = WarcGenerator.write(file, Long.parseLong(args[0]) << 20);
                System.out.printf("wrote %s: %.1f MB, %,d pages, in %.1f s%n", file, Files.size(file) / MB, pages,
                        (System.nanoTime() - started) / 1e9);
                System.out.println(stream(file));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } else {
            System.out.println(stream(Path.of(args[0])));
        }
    }

    /** Reads every input of the archive, holding none of them. */
    public static Result stream(Path file) throws IOException {
        long size = Files.size(file);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Double> retained = new ArrayList<>();
        long pages = 0, skipped = 0;
        long started = System.nanoTime();
        long nextCheckpoint = size / CHECKPOINTS;
        resetPeaks();
        try (Stream<Input> inputs = Inputs.open(file.toString(), Limits.DEFAULT)) {
            for (var it = inputs.iterator(); it.hasNext(); ) {
                Input input = it.next();
                switch (input) {
                    case Input.Read r -> pages++;
                    case Input.Analysed a -> pages++;
                    case Input.Skipped s -> skipped++;
                    case Input.Summary s -> System.out.println("summary: " + s.message());
                }
                Long offset = input.origin().offset();
                if (offset != null && offset >= nextCheckpoint) {
                    retained.add(heldAfterGc(memory));
                    nextCheckpoint += size / CHECKPOINTS;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        retained.add(heldAfterGc(memory));
        return new Result(pages, skipped, size, seconds, retained, peakUsedMb());
    }

    private static double heldAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / MB;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks: an upper bound on the heap in use at any moment. */
    private static double peakUsedMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
    }
}
