package id.warta.app.cli;

import id.warta.Warta;
import id.warta.extract.Extractor;
import id.warta.index.ingest.IngestListener;
import id.warta.ingest.Input;
import id.warta.ingest.Inputs;
import id.warta.ingest.Limits;
import id.warta.model.Article;
import id.warta.model.Document;
import id.warta.model.Origin;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
    private ProgressReporter progress;
    private long startNanos;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Limits limits = new Limits((long) (maxSizeMb * (1 << 20)));
        PrintWriter out = spec.commandLine().getOut();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        startNanos = System.nanoTime();
        // Plain progress lines on stderr, never a bar: the articles themselves may be going to the same terminal.
        try (ExecutorService pool = Executors.newFixedThreadPool(workers);
             ArticleWriter writer = ArticleWriter.of(format, out);
             ProgressReporter reporter = new ProgressReporter("analyze", "analysed", InputCount.estimate(inputs), false,
                     spec.commandLine().getErr())) {
            progress = reporter;
            // Extract in parallel, join the pages of one article in input order, analyse in parallel,
            // print in input order: two windows of futures, each drained from the front.
            // One input open at a time, read as it goes (no flatMap: it would read a whole archive at once).
            Deque<Future<Outcome>> extracting = new ArrayDeque<>();
            Deque<Future<Outcome>> analysing = new ArrayDeque<>();
            PageJoiner joiner = new PageJoiner(o -> analysing.add(pool.submit(() -> analyse(o))));
            for (String argument : inputs) {
                try (Stream<Input> items = Inputs.open(argument, limits)) {
                    for (var it = items.iterator(); it.hasNext(); ) {
                        Input input = it.next();
                        extracting.add(pool.submit(() -> extract(input)));
                        if (extracting.size() >= workers * 4) joiner.take(get(extracting.removeFirst()));
                        while (analysing.size() >= workers * 4) emit(get(analysing.removeFirst()), writer);
                    }
                }
            }
            while (!extracting.isEmpty()) joiner.take(get(extracting.removeFirst()));
            joiner.flush();
            while (!analysing.isEmpty()) emit(get(analysing.removeFirst()), writer);
        }
        out.flush();
        if (skipped > 0) {
            spec.commandLine().getErr().printf("warta: %d analysed, %d skipped%n", analysed, skipped);
            return analysed == 0 ? ExitCodes.NOTHING_READ : ExitCodes.SKIPPED;
        }
        return ExitCodes.OK;
    }

    /** An input's extracted document or analysed article, a note about it, or why it could not be read. */
    private record Outcome(Document document, Article article, Origin origin, String problem, String note) {
        static Outcome problem(Origin origin, String problem) {
            return new Outcome(null, null, origin, problem, null);
        }
    }

    private static Outcome extract(Input input) {
        return switch (input) {
            case Input.Summary s -> new Outcome(null, null, s.origin(), null, s.message());
            case Input.Skipped s -> Outcome.problem(s.origin(), s.reason());
            case Input.Analysed a -> new Outcome(null, a.article(), a.origin(), null, null); // written as read
            case Input.Read r -> {
                try {
                    yield new Outcome(Extractor.extract(r.document()), null, r.origin(), null, null);
                } catch (RuntimeException | StackOverflowError e) {
                    yield Outcome.problem(r.origin(), "extraction failed: " + e);
                }
            }
        };
    }

    private static Outcome analyse(Outcome extracted) {
        if (extracted.document() == null) return extracted;
        try {
            return new Outcome(null, Warta.pipeline().analyze(extracted.document()), extracted.origin(), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.problem(extracted.origin(), "analysis failed: " + e);
        }
    }

    /**
     * Holds back each extracted page with an address while the documents that follow it in input
     * order are pages of the same article ({@code Halaman 2}, in either order), then hands on the
     * joined article ({@link Extractor#mergePages}). Everything else passes straight on, in order.
     */
    private static final class PageJoiner {
        private final List<Outcome> group = new ArrayList<>();
        private final Consumer<Outcome> next;

        PageJoiner(Consumer<Outcome> next) {
            this.next = next;
        }

        void take(Outcome o) {
            if (o.document() != null && !group.isEmpty() && continues(o.document())) {
                group.add(o);
                return;
            }
            flush();
            if (o.document() == null || o.document().url() == null) next.accept(o);
            else group.add(o);
        }

        private boolean continues(Document page) {
            List<Document> docs = new ArrayList<>(group.stream().map(Outcome::document).toList());
            docs.add(page);
            return Extractor.mergePages(docs).size() == 1;
        }

        void flush() {
            if (group.isEmpty()) return;
            Document joined = Extractor.mergePages(group.stream().map(Outcome::document).toList()).getFirst();
            next.accept(new Outcome(joined, null, group.getFirst().origin(), null, null));
            group.clear();
        }
    }

    private static Outcome get(Future<Outcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void emit(Outcome o, ArticleWriter writer) throws IOException {
        if (o.note() != null) {
            spec.commandLine().getErr().println("warta: " + o.origin() + ": " + o.note());
        } else if (o.article() != null) {
            writer.write(o.article());
            analysed++;
        } else {
            spec.commandLine().getErr().println("warta: skipped " + o.origin() + ": " + o.problem());
            skipped++;
        }
        progress.progressed(new IngestListener.Progress(analysed + skipped, analysed, skipped,
                (System.nanoTime() - startNanos) / 1e9));
    }
}
