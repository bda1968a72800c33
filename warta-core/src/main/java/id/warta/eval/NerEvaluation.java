package id.warta.eval;

import id.warta.entities.ner.LabeledSentence;
import id.warta.entities.ner.NerModel;
import id.warta.entities.ner.NerTraining;
import id.warta.entities.ner.TrainOptions;
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
    /** IndoLEM's own sentences count as much as the other small cased corpora's. */
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

    /**
     * IndoLEM NER-UI as its authors measure it: for each of the five folds, a model trained on
     * that fold's train split (with the shippable corpora) and scored on its test split, the
     * counts pooled. These models live in memory only: IndoLEM states no licence.
     */
    public static List<Result> indolemFolds(NerTraining.Lexicons lexicons, TrainOptions options,
                                            Consumer<String> log) {
        List<LabeledSentence> shippable = new ArrayList<>();
        for (NerCorpus c : NerCorpus.values()) if (c.shippable()) shippable.addAll(c.train());
        NerScore test = new NerScore(), dev = new NerScore();
        for (int k = 1; k <= NerCorpus.FOLDS; k++) {
            log.accept("IndoLEM NER-UI fold " + k + " of " + NerCorpus.FOLDS);
            List<LabeledSentence> train = new ArrayList<>(shippable);
            train.addAll(NerCorpus.NERUI.fold("train", k));
            NerModel model = NerTraining.train(lexicons, train, options.withDomain(NerCorpus.NERUI.key()).withWeight(NerCorpus.NERUI.key(), INDOLEM_WEIGHT), s -> { });
            test.add(score(model, NerCorpus.NERUI.fold("test", k), NerCorpus.NERUI.key()));
            dev.add(score(model, NerCorpus.NERUI.fold("dev", k), NerCorpus.NERUI.key()));
        }
        return List.of(new Result(NerCorpus.NERUI, "dev", dev), new Result(NerCorpus.NERUI, "test", test));
    }
}
