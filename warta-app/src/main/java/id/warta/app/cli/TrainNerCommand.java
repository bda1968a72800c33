package id.warta.app.cli;

import id.warta.entities.Entities;
import id.warta.entities.ner.LabeledSentence;
import id.warta.entities.ner.NerModel;
import id.warta.entities.ner.NerTraining;
import id.warta.entities.ner.TrainOptions;
import id.warta.eval.NerCorpus;
import id.warta.eval.NerEvaluation;
import id.warta.eval.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta train ner}: the named-entity tagger, from the MIT-licensed corpora. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Train the named-entity tagger Warta ships on the train splits of NER-P, NERGrit and "
            + "IDNER-news-2k (MIT), with word classes induced from the unlabeled news in shared/data/news and the "
            + "gazetteers in shared/data/gazetteers; print its dev scores and write it. Deterministic."})
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "warta-core/src/main/resources/id/warta/entities/ner/ner-model.bin.gz",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--algorithm", description = "perceptron or crf (default: as shipped).")
    TrainOptions.Algorithm algorithm;

    @Option(names = "--epochs", description = "Passes over the data (default: as shipped).")
    Integer epochs;

    @CommandLine.Mixin
    TrainingOptions training;

    @Option(names = "--word-classes-from", paramLabel = "MODEL",
            description = "Take the word classes of this model file (the shipped one: 'shipped') instead of inducing "
                + "them from the news again: the same model when they match, in a quarter of the time (experiments).")
    String wordClassesFrom;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path shared = SharedData.root().orElse(null);
        if (shared == null || !NerCorpus.IDNER_NEWS_2K.present()) {
            err.println("warta: shared/data/ner not found; set WARTA_SHARED");
            return ExitCodes.NOTHING_READ;
        }
        TrainOptions d = TrainOptions.DEFAULT;
        TrainOptions options = training.applyTo(new TrainOptions(algorithm != null ? algorithm : d.algorithm(),
                epochs != null ? epochs : d.epochs(), d.seed(), d.runs(), d.minCount(), d.domains(), d.runtimeDomain(), d.l2(),
                d.margin(), d.weights()));
        NerModel classesFrom = wordClassesFrom == null ? null : wordClassesModel(); // a wrong path fails at once
        List<LabeledSentence> train = new ArrayList<>();
        for (NerCorpus c : NerCorpus.values()) if (c.shippable()) train.addAll(c.train());
        NerTraining.Lexicons lexicons = classesFrom == null
                ? NerTraining.lexicons(shared, train, err::println)
                : NerTraining.lexicons(classesFrom, shared);
        NerModel model = NerTraining.train(lexicons, train, options, err::println);
        NerTable.print(stdout, NerEvaluation.dev(model, true));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        stdout.printf("wrote %s (%,d features, %,d bytes)%n", out, model.featureCount(), Files.size(out));
        stdout.flush();
        return ExitCodes.OK;
    }

    private NerModel wordClassesModel() throws IOException {
        if (wordClassesFrom.equals("shipped")) return Entities.shippedModel();
        return NerModel.read(Path.of(wordClassesFrom));
    }
}
