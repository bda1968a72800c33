package id.warta.app.cli;

import id.warta.Warta;
import id.warta.eval.GoldEval;
import id.warta.eval.GoldScore;
import id.warta.eval.SharedData;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval}: measures Warta against labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure Warta against labelled data.",
        subcommands = {EvalCommand.Gold.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
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
