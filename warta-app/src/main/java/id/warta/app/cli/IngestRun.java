package id.warta.app.cli;

import id.warta.Warta;
import id.warta.index.NewsIndex;
import id.warta.index.ingest.IngestOptions;
import id.warta.index.ingest.IngestSummary;
import id.warta.index.ingest.Ingestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** One ingest with progress and a summary, as {@code warta ingest}, {@code serve --ingest} and {@code demo} run it. */
final class IngestRun {
    /** Skip reasons that are not problems: the article is in the index already. */
    private static final List<String> BENIGN = List.of("already indexed", "unchanged");

    private IngestRun() {
    }

    static IngestSummary run(NewsIndex index, List<String> sources, IngestOptions options, PrintWriter err)
            throws IOException, InterruptedException {
        IngestSummary summary;
        try (ProgressReporter progress = new ProgressReporter("ingest", "indexed",
                InputCount.estimate(sources), Terminal.interactive(), err)) {
            summary = new Ingestion(index.indexer(), Warta.pipeline(), options, progress).run(sources);
        }
        err.println(describe(summary));
        for (String example : summary.examples()) err.println("  skipped " + example);
        err.flush();
        return summary;
    }

    static String describe(IngestSummary s) {
        StringBuilder line = new StringBuilder(String.format("warta: %,d indexed (%,d new, %,d updated), %,d skipped",
                s.added() + s.updated(), s.added(), s.updated(), s.skippedTotal()));
        if (!s.skipped().isEmpty()) {
            line.append(" (");
            int i = 0;
            for (Map.Entry<String, Long> e : s.skipped().entrySet()) line.append(i++ > 0 ? ", " : "").append(e.getKey()).append(": ").append(e.getValue());
            line.append(")");
        }
        line.append(String.format(" in %.1f s, %,.0f articles/s; all committed", s.seconds(), s.rate()));
        return line.toString();
    }

    /** Inputs that could not be indexed, not counting those already in the index. */
    static long problems(IngestSummary s) {
        return s.skipped().entrySet().stream().filter(e -> !BENIGN.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    static int exitCode(IngestSummary s) {
        long problems = problems(s);
        if (problems == 0) return ExitCodes.OK;
        return problems == s.inputs() ? ExitCodes.NOTHING_READ : ExitCodes.SKIPPED;
    }
}
