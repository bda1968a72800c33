package id.warta.app.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import id.warta.ingest.Feed;
import id.warta.ingest.FeedEntry;
import id.warta.ingest.FeedReader;
import id.warta.ingest.Feeds;
import id.warta.ingest.Limits;
import id.warta.json.ArticleJson;
import id.warta.model.Moment;
import id.warta.model.Origin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warta feed FILE...}: list the articles that feeds and sitemaps point to. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"List the articles that feeds and sitemaps point to: URL, title, publication and modification time.",
            "Reads RSS 2.0 and 1.0, Atom, sitemaps, sitemap indexes and Google News sitemaps, plain or gzip-compressed.",
            "Broken XML gives the entries before the break and a message; DTD entities are never expanded.",
            "Fetching the articles comes with the crawler; `warta analyze` takes feeds whose entries carry the article."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was read to its end",
            "1:an unexpected internal error stopped the run",
            "2:wrong command line",
            "3:finished, but some files were broken or not feeds (stderr says which and why)",
            "4:no entry could be read"})
public final class FeedCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Feed or sitemap files (.xml, .rss, .atom, or gzip-compressed).")
    List<Path> files;

    @Option(names = {"-f", "--format"}, defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    /** How entries are printed. */
    enum Format {
        /** One JSON object per entry and line. */
        jsonl,
        /** One line per entry: publication time, title, URL. */
        text
    }

    /**
     * One printed entry.
     *
     * @param fullText whether the feed carries the article itself (then {@code warta analyze} reads it)
     */
    record Line(String url, String title, Moment published, Moment modified, String kind, String outlet,
                String language, boolean fullText, Origin source) {
        static Line of(FeedEntry e) {
            return new Line(e.url(), e.title(), e.published(), e.modified(), e.kind().name().toLowerCase(Locale.ROOT),
                    e.outlet(), e.language(), e.content() != null, e.origin());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectWriter json = ArticleJson.mapper().writer();
        int listed = 0, problems = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("warta: skipped " + file + ": no such file");
                problems++;
                continue;
            }
            try (FeedReader reader = Feeds.open(file, Limits.DEFAULT)) {
                while (reader.hasNext()) {
                    Line line = Line.of(reader.next());
                    out.println(format == Format.jsonl ? json.writeValueAsString(line) : text(line));
                    listed++;
                }
                Feed.Problem problem = reader.problem();
                if (problem != null) {
                    err.println("warta: " + problem.origin() + ": " + problem.message());
                    problems++;
                }
            }
            out.flush();
        }
        if (problems == 0) return ExitCodes.OK;
        return listed == 0 ? ExitCodes.NOTHING_READ : ExitCodes.SKIPPED;
    }

    private static String text(Line l) {
        String when = l.published() != null ? l.published().iso() : l.modified() != null ? l.modified().iso() + " (modified)" : "-";
        return when + "  " + (l.title() == null ? "" : l.title() + "  ") + (l.url() == null ? "(no URL)" : l.url())
                + (l.kind().equals("sitemap") ? "  [sitemap]" : "");
    }
}
