package id.warta.app.cli;

import id.warta.entities.Entities;
import id.warta.entities.ner.NerModel;
import id.warta.entities.ner.NerTraining;
import id.warta.entities.ner.TrainOptions;
import id.warta.eval.NerCorpus;
import id.warta.eval.NerEvaluation;
import id.warta.eval.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval ner}: entity-level P/R/F1 of the tagger per corpus and type. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Score the named-entity tagger (exact span and type) on the dev/valid splits of the corpora in "
            + "shared/data/ner, per corpus and per type.",
            "Then the model on each IndoLEM NER-UI test fold (never trained on: out of domain). With --indolem-folds, "
            + "also train IndoLEM NER-UI models in memory (one per fold, never written: IndoLEM states no licence) "
            + "and score each on its fold's test split, as IndoLEM reports (the mean of the folds' F1)."})
public final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the one Warta ships).")
    Path model;

    @Option(names = "--as-shipped",
            description = "Read every corpus as Warta reads news (the weights the corpora share) instead of in "
                + "each corpus's own conventions.")
    boolean asShipped;

    @Option(names = "--indolem-folds", description = "Also train and score in-domain IndoLEM NER-UI models (slow; --seed and --margin shape their training).")
    boolean indolemFolds;

    @Option(names = "--indolem-train", paramLabel = "WHAT",
            description = "What an in-domain model trains on: ALONE (its fold's train split) or WITH_SHIPPABLE (plus the "
                + "train splits of the shippable corpora) (default: ${DEFAULT-VALUE}).")
    NerEvaluation.FoldTraining indolemTrain = NerEvaluation.FoldTraining.WITH_SHIPPABLE;

    @Option(names = "--fold", paramLabel = "K", split = ",",
            description = "The IndoLEM folds to train and score in domain, 1 to 5 (default: all five).")
    List<Integer> folds = List.of(1, 2, 3, 4, 5);

    @CommandLine.Mixin
    TrainingOptions training;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path shared = SharedData.root().orElse(null);
        if (shared == null || !NerCorpus.IDNER_NEWS_2K.present()) {
            err.println("warta: shared/data/ner not found; set WARTA_SHARED");
            return ExitCodes.NOTHING_READ;
        }
        NerModel m = model == null ? Entities.shippedModel() : NerModel.read(model);
        List<NerEvaluation.Result> results = new ArrayList<>(NerEvaluation.dev(m, !asShipped));
        out.println(asShipped ? "As shipped (" + (m.domain() == null ? "shared weights only" : m.domain()) + ") on every corpus:"
                : "Each corpus read in its own conventions (IndoLEM, never trained on: shared features only):");
        NerTable.print(out, results);
        if (NerCorpus.NERUI.present()) {
            out.println();
            out.println("IndoLEM NER-UI test folds, this model (never trained on them: out of domain):");
            NerTable.printFolds(out, NerEvaluation.indolemTestFolds(m, asShipped ? m.domain() : NerCorpus.NERUI.key()));
        }
        if (indolemFolds && NerCorpus.NERUI.present()) {
            for (int k : folds) {
                if (k < 1 || k > NerCorpus.FOLDS) throw new CommandLine.ParameterException(spec.commandLine(), "no fold " + k);
            }
            NerTraining.Lexicons lexicons = NerTraining.lexicons(m, shared);
            TrainOptions options = training.applyTo(TrainOptions.DEFAULT);
            out.println();
            out.println("IndoLEM NER-UI test folds, in-domain models trained in memory on each fold's train split"
                    + (indolemTrain == NerEvaluation.FoldTraining.ALONE ? " alone" : " and the shippable corpora")
                    + " (IndoBERT: 0.901):");
            NerTable.printFolds(out, NerEvaluation.indolemFolds(lexicons, options, indolemTrain, folds, err::println));
        }
        return ExitCodes.OK;
    }
}
