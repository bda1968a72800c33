package id.warta.app.cli;

import id.warta.index.ingest.IngestOptions;
import id.warta.ingest.Limits;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by the commands that read or write the index. */
final class IndexOptions {
    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "Data folder holding the index (default: $WARTA_DATA, else ~/.warta/data).")
    Path data;

    @Option(names = {"-t", "--threads"}, defaultValue = "0", description = "Analysis threads for ingesting (default: one per core).")
    int threads;

    @Option(names = "--max-size", defaultValue = "10", paramLabel = "MB",
            description = "Largest document read, in megabytes; larger ones are skipped (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = "--commit-every", defaultValue = "20000", paramLabel = "N",
            description = "Commit (make durable) after at most N inputs, and at least every 10 s (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--reanalyse", description = "Analyse and update inputs already indexed (after upgrading Warta).")
    boolean reanalyse;

    Path dataFolder() {
        return DataFolder.resolve(data);
    }

    IngestOptions ingestOptions() {
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new IngestOptions(workers, new Limits((long) (maxSizeMb * (1 << 20))), commitEvery,
                Duration.ofSeconds(10), reanalyse);
    }
}
