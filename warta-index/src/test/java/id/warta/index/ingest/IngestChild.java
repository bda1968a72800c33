package id.warta.index.ingest;

import id.warta.Warta;
import id.warta.index.NewsIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Runs one ingest in its own JVM, printing each commit, so a test can kill it mid-way. */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int commitEvery = Integer.parseInt(args[2]);
        try (NewsIndex index = NewsIndex.open(data)) {
            IngestListener printer = new IngestListener() {
                @Override
                public void committed(long inputs) {
                    System.out.println("committed " + inputs);
                    System.out.flush();
                }
            };
            new Ingestion(index.indexer(), Warta.pipeline(),
                    IngestOptions.defaults().withThreads(2).withCommits(commitEvery, Duration.ofHours(1)), printer)
                    .run(List.of(args[1]));
        }
        System.out.println("done");
    }
}
