package id.warta.app.cli;

import id.warta.index.NewsIndex;
import id.warta.index.ingest.IngestSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** {@code warta ingest SOURCE...}: analyse articles and index them into the data folder. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles and add them to the search index in the data folder.",
            "Sources as for 'analyze': scraped-text files, web pages (.html, .html.gz), WARC archives, feeds that "
                + "carry their articles, JSON Lines, .json, folders, or - for standard input. Lines written by "
                + "'warta analyze -f jsonl' are indexed as they are, without analysing them again.",
            "The same article (same canonical URL, else same content) is updated, never duplicated; inputs already "
                + "indexed are skipped without analysis, so a rerun after a crash resumes where the last commit left off."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything given is in the index",
            "1:an unexpected internal error stopped the run",
            "2:wrong command line, or the index is busy",
            "3:finished, but some inputs were skipped (stderr says which and why)",
            "4:nothing could be indexed"})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders, or - for standard input.")
    List<String> sources;

    @Mixin
    IndexOptions index;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (NewsIndex news = IndexOpening.forWriting(index.dataFolder(), err)) {
            if (news == null) return ExitCodes.USAGE;
            IngestSummary summary = IngestRun.run(news, sources, index.ingestOptions(), err);
            err.println("warta: index in " + news.folder() + " holds " + news.searcher().counts().get("articles") + " articles");
            err.flush();
            return IngestRun.exitCode(summary);
        }
    }
}
