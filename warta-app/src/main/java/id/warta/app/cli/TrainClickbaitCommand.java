package id.warta.app.cli;

import id.warta.eval.SharedData;
import id.warta.headline.ClickbaitModel;
import id.warta.headline.ClickbaitTrainer;
import id.warta.headline.ClickbaitTrainer.Example;
import id.warta.headline.ClickbaitTrainer.Scores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta train clickbait}: the headline clickbait model, from CLICK-ID (CC BY 4.0). */
@Command(name = "clickbait", mixinStandardHelpOptions = true,
        description = {"Train the clickbait headline model on CLICK-ID (shared/data/clickbait/click-id), print its "
            + "5-fold cross-validated scores, and write the weights Warta ships."})
public final class TrainClickbaitCommand implements Callable<Integer> {
    static final long SEED = 7;

    @Option(names = "--data", paramLabel = "DIR", description = "CLICK-ID folder (default: shared/data/clickbait/click-id).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "warta-core/src/main/resources/id/warta/headline/clickbait.tsv",
            description = "Where to write the weights (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--evaluate-only", description = "Print the cross-validated scores; write nothing.")
    boolean evaluateOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Path dir = data != null ? data : SharedData.resolve("data/clickbait/click-id").orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("warta: CLICK-ID not found; give --data DIR or set WARTA_SHARED");
            return ExitCodes.NOTHING_READ;
        }
        List<Example> examples = read(dir);
        Scores s = ClickbaitTrainer.crossValidate(examples, 5, SEED);
        stdout.printf("CLICK-ID, %d headlines, 5-fold cross-validation: accuracy %.3f; clickbait P %.3f R %.3f F1 %.3f%n",
                s.examples(), s.accuracy(), s.precision(), s.recall(), s.f1());
        if (!evaluateOnly) {
            ClickbaitModel model = ClickbaitTrainer.train(examples, SEED);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                model.write(w);
            }
            stdout.println("wrote " + out);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Every labelled headline of the CLICK-ID CSV files, in file-name order. */
    static List<Example> read(Path dir) throws IOException {
        List<Example> examples = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    in.mark(1);
                    if (in.read() != '\uFEFF') in.reset();
                    for (CSVRecord r : format.parse(in)) {
                        examples.add(new Example(r.get("title"), r.get("label").equals("clickbait")));
                    }
                }
            }
        }
        return examples;
    }
}
