package id.warta.eval;

import id.warta.entities.ner.LabeledSentence;
import id.warta.entities.ner.NerModel;
import id.warta.entities.ner.NerTraining;
import id.warta.entities.ner.TrainOptions;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Entity-level evaluation of the tagger on the corpora's held-out splits (dev or valid), the
 * figures the build gates on. A model trained across corpora reads each corpus in that
 * corpus's own conventions (their per-corpus features), or, as Warta runs it on news, in the
 * conventions it ships with.
 */
public final class NerEvaluation {
    /** Trained with the shippable corpora, IndoLEM's own sentences count as much as the other small cased corpora's. */
    private static final double INDOLEM_WEIGHT = 3;

    private NerEvaluation() {
    }

    /** One corpus's scores. */
    public record Result(NerCorpus corpus, String split, NerScore score) {
    }

    /** Scores {@code model} on the dev split of every corpus present. */
    public static List<Result> dev(NerModel model, boolean ownConventions) {
        List<Result> results = new ArrayList<>();
        for (NerCorpus c : NerCorpus.values()) {
            if (!c.present()) continue;
            results.add(new Result(c, "dev", score(model, c.dev(), ownConventions ? c.key() : model.domain())));
        }
        return results;
    }

    public static NerScore score(NerModel model, List<LabeledSentence> sentences, String conventions) {
        NerScore score = new NerScore();
        for (LabeledSentence s : sentences) score.add(s.names(), model.tag(s.words(), s.cased(), conventions));
        return score;
    }

    /** How an in-domain IndoLEM model is trained: on its fold's train split alone, or with the shippable corpora too. */
    public enum FoldTraining { ALONE, WITH_SHIPPABLE }

    /** One IndoLEM fold's scores on its test split. */
    public record Fold(int fold, NerScore test) {
    }

    /**
     * IndoLEM NER-UI as its authors measure it (and IndoBERT's 0.901 was measured): for each
     * chosen fold (1 to 5), a model trained on that fold's train split and scored on its test
     * split. The authors report the mean of the folds' F1 ({@link #meanF1}). These models live in
     * memory only: IndoLEM states no licence.
     */
    public static List<Fold> indolemFolds(NerTraining.Lexicons lexicons, TrainOptions options, FoldTraining training,
                                          List<Integer> folds, Consumer<String> log) {
        List<LabeledSentence> shippable = new ArrayList<>();
        if (training == FoldTraining.WITH_SHIPPABLE) {
            for (NerCorpus c : NerCorpus.values()) if (c.shippable()) shippable.addAll(c.train());
        }
        TrainOptions inDomain = options.withDomain(NerCorpus.NERUI.key());
        if (training == FoldTraining.WITH_SHIPPABLE) inDomain = inDomain.withWeight(NerCorpus.NERUI.key(), INDOLEM_WEIGHT);
        List<Fold> results = new ArrayList<>();
        for (int k : folds) {
            log.accept("IndoLEM NER-UI fold " + k + " of " + NerCorpus.FOLDS);
            List<LabeledSentence> train = new ArrayList<>(shippable);
            train.addAll(NerCorpus.NERUI.fold("train", k));
            NerModel model = NerTraining.train(lexicons, train, inDomain, s -> { });
            results.add(new Fold(k, score(model, NerCorpus.NERUI.fold("test", k), NerCorpus.NERUI.key())));
        }
        return results;
    }

    /** {@code model} (trained elsewhere) on each IndoLEM NER-UI test fold: the out-of-domain counterpart. */
    public static List<Fold> indolemTestFolds(NerModel model, String conventions) {
        List<Fold> results = new ArrayList<>();
        for (int k = 1; k <= NerCorpus.FOLDS; k++) {
            results.add(new Fold(k, score(model, NerCorpus.NERUI.fold("test", k), conventions)));
        }
        return results;
    }

    /** The mean over folds of their F1 on {@code type}, or over all types when it is null. */
    public static double meanF1(List<Fold> folds, EntityType type) {
        return folds.stream()
                .mapToDouble(f -> (type == null ? f.test().overall() : f.test().of(type)).f1())
                .average().orElse(0);
    }
}
