package id.warta.app.cli;

import id.warta.Warta;
import id.warta.ingest.Input;
import id.warta.ingest.Inputs;
import id.warta.ingest.Limits;
import id.warta.model.Article;
import id.warta.model.Origin;
import id.warta.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta analyze FILE...}: analyse articles and print them, in input order. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse news articles and print what they say: clean text, outlet, dateline, dates, "
            + "related links, credits, entities, quotes, amounts and sources.",
            "",
            "Inputs: scraped-text files (title on the first line), web pages (.html, .html.gz), WARC archives "
            + "(.warc, .warc.gz: their HTML pages), feeds whose entries carry the article (RSS content:encoded, "
            + "Atom content), JSON Lines (.jsonl: one object per line with \"text\" and optional \"title\", "
            + "\"url\", \"published\", \"outlet\"), .json, folders (read recursively), or - for standard input. "
            + "Output follows input order.",
            "Feeds and sitemaps that only list links are reported and skipped: `warta feed` lists their entries."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything given was analysed",
            "1:an unexpected internal error stopped the run",
            "2:wrong command line",
            "3:finished, but some inputs were skipped (stderr says which and why)",
            "4:nothing could be analysed"})
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-t", "--threads"}, defaultValue = "0",
            description = "Analysis threads (default: one per core).")
    int threads;

    @Option(names = "--max-size", defaultValue = "10", paramLabel = "MB",
            description = "Largest document read, in megabytes; larger ones are skipped (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private int analysed;
    private int skipped;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Limits limits = new Limits((long) (maxSizeMb * (1 << 20)));
        PrintWriter out = spec.commandLine().getOut();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers);
             ArticleWriter writer = ArticleWriter.of(format, out)) {
            // Analyse in parallel but print in input order: a window of futures, drained from the front.
            // One input open at a time, read as it goes (no flatMap: it would read a whole archive at once).
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            for (String argument : inputs) {
                try (Stream<Input> items = Inputs.open(argument, limits)) {
                    for (var it = items.iterator(); it.hasNext(); ) {
                        Input input = it.next();
                        window.add(pool.submit(() -> analyse(Warta.pipeline(), input)));
                        if (window.size() >= workers * 4) emit(window.removeFirst(), writer);
                    }
                }
            }
            while (!window.isEmpty()) emit(window.removeFirst(), writer);
        }
        out.flush();
        if (skipped > 0) {
            spec.commandLine().getErr().printf("warta: %d analysed, %d skipped%n", analysed, skipped);
            return analysed == 0 ? ExitCodes.NOTHING_READ : ExitCodes.SKIPPED;
        }
        return ExitCodes.OK;
    }

    /** An analysed article, why an input could not be analysed, or a note on what an archive held. */
    private record Outcome(Article article, Origin origin, String problem, String note) {
        Outcome(Article article, Origin origin, String problem) {
            this(article, origin, problem, null);
        }
    }

    private static Outcome analyse(Pipeline pipeline, Input input) {
        return switch (input) {
            case Input.Summary s -> new Outcome(null, s.origin(), null, s.message());
            case Input.Skipped s -> new Outcome(null, s.origin(), s.reason());
            case Input.Read r -> {
                try {
                    yield new Outcome(pipeline.analyze(r.document()), r.origin(), null);
                } catch (RuntimeException | StackOverflowError e) {
                    yield new Outcome(null, r.origin(), "analysis failed: " + e);
                }
            }
        };
    }

    private void emit(Future<Outcome> future, ArticleWriter writer) throws IOException, InterruptedException {
        Outcome o;
        try {
            o = future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (o.note() != null) {
            spec.commandLine().getErr().println("warta: " + o.origin() + ": " + o.note());
        } else if (o.article() != null) {
            writer.write(o.article());
            analysed++;
        } else {
            spec.commandLine().getErr().println("warta: skipped " + o.origin() + ": " + o.problem());
            skipped++;
        }
    }
}
