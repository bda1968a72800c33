package id.warta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated archive streams through {@code Inputs} with flat memory: the heap held after
 * a GC does not grow from the first tenth of the archive to its end. 32 MB by default, so
 * the build stays quick; {@code -Dwarta.bench.warcMb=200} (or more) for a larger run.
 */
class WarcStreamingTest {
    /** Growth of the heap held after GC between the first checkpoint and the end that still counts as flat. */
    private static final double MAX_GROWTH_MB = 8;

    @TempDir
    Path dir;

    @Test
    void aLargeArchiveStreamsWithFlatHeap() throws IOException {
        long megabytes = Long.getLong("warta.bench.warcMb", 32);
        Path file = dir.resolve("crawl.warc.gz");
        long written = WarcGenerator.write(file, megabytes << 20);

        WarcStreaming.Result result = WarcStreaming.stream(file);

        assertThat(result.pages()).isEqualTo(written);
        assertThat(result.skipped()).isZero();
        assertThat(result.retainedMb()).hasSizeGreaterThanOrEqualTo(10);
        double first = result.retainedMb().getFirst();
        assertThat(result.retainedMb()).allSatisfy(mb -> assertThat(mb).isLessThan(first + MAX_GROWTH_MB));
    }
}
