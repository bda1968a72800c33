package id.warta.app.cli;

import id.warta.Warta;
import id.warta.eval.ExtractionEval;
import id.warta.eval.ExtractionEval.Corpus;
import id.warta.eval.GoldEval;
import id.warta.eval.GoldScore;
import id.warta.eval.SharedData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval}: measures Warta's stages on labelled corpora. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure a stage of Warta on labelled corpora and print its scores.",
        subcommands = {EvalCommand.Extraction.class, EvalNerCommand.class, EvalCommand.Gold.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code warta eval extraction}: body precision, recall, F1 and date accuracy of the web-page extractor. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Score the web-page extractor: body precision, recall and F1, and publication dates right "
                    + "to the day.", "Corpora: trafilatura (990 pages, with/without snippets as trafilatura scores them), "
                    + "readability and newspaper4k (gold text, word overlap), portals (Indonesian portal fixtures).",
                    "Public corpora are read from ../shared/data or $WARTA_SHARED."})
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "NAME",
                description = "trafilatura, readability, newspaper4k or portals (default: every corpus present).")
        List<String> corpora;

        @Option(names = "--details", description = "Also print each page's missed and leaked snippets, and wrong dates with the witness that gave them.")
        boolean details;

        @Override
        public Integer call() throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            List<Corpus> chosen;
            try {
                chosen = corpora == null ? List.of(Corpus.values())
                        : corpora.stream().map(c -> Corpus.valueOf(c.toUpperCase(Locale.ROOT))).toList();
            } catch (IllegalArgumentException e) {
                System.err.println("warta eval: unknown corpus in " + corpora + "; use trafilatura, readability, newspaper4k or portals");
                return ExitCodes.USAGE;
            }
            int scored = 0;
            for (Corpus corpus : chosen) {
                Optional<Path> dir = ExtractionEval.locate(corpus);
                if (dir.isEmpty()) {
                    System.err.println("warta eval: corpus " + corpus.id() + " not found (looked in ../shared/data or $WARTA_SHARED)");
                    continue;
                }
                long start = System.nanoTime();
                ExtractionEval.Report report = ExtractionEval.run(corpus, dir.get(), details ? out : null);
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "%s  (%.1f s)%n", report.line(), seconds);
                scored++;
            }
            return scored == 0 ? ExitCodes.NOTHING_READ : ExitCodes.OK;
        }
    }

    /** {@code warta eval gold [DIR]}: the figures {@code score_gold.py} gives, without the round trip through files. */
    @Command(name = "gold", mixinStandardHelpOptions = true,
            description = {"Analyse a labelled gold folder (articles/*.txt, *.meta.json, labels/*.json) and score it with ",
                "the rules of shared/tools/score_gold.py: quotes with the right speaker, entities per type, amounts, dates."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:scored", "2:wrong command line, or no such gold folder"})
    static final class Gold implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR",
                description = "The gold folder (default: the shared data's gold-dev).")
        Path dir;

        @Option(names = {"-v", "--verbose"}, description = "Also list, per article, what was missed or wrong.")
        boolean verbose;

        @Option(names = "--output", paramLabel = "FILE",
                description = "Score this JSON Lines output (one object per article, in file-name order) instead of analysing.")
        Path output;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            Path gold = dir != null ? dir : SharedData.resolve("data/gold-dev").orElse(null);
            if (gold == null || !Files.isDirectory(gold.resolve("articles"))) {
                System.err.println("warta eval gold: no gold folder " + (gold == null
                        ? "given, and no shared data/gold-dev found (set WARTA_SHARED)" : "at " + gold));
                return ExitCodes.USAGE;
            }
            GoldScore score;
            try {
                score = output != null ? GoldEval.score(gold, output) : GoldEval.run(gold, Warta.pipeline());
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                System.err.println("warta eval gold: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (verbose) {
                for (GoldScore.Misses m : score.misses()) {
                    out.println(m.id() + ":");
                    m.lines().forEach(line -> out.println("  " + line));
                }
            }
            score.summary().forEach(out::println);
            return ExitCodes.OK;
        }
    }
}
