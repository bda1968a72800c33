package id.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.entities.Entities;
import id.warta.entities.ner.NerTraining;
import id.warta.entities.ner.TrainOptions;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger family trained in domain, as IndoLEM measures NER-UI: a model trained in memory on
 * fold 1's train split alone (never written: IndoLEM states no licence) and scored on fold 1's
 * test split. One fold, without the other corpora, keeps the build quick; {@code warta eval ner
 * --indolem-folds} runs all five. The word classes are the shipped model's, not induced again.
 */
class IndolemFoldGateTest {
    /** Fold 1's entity F1 (0.888 when pinned, with the margin the shipped training uses), less 0.005. */
    private static final double FLOOR = 0.883;

    @Test
    void aModelTrainedOnFoldOneHoldsItsFloorOnFoldOnesTest() throws IOException {
        assumeTrue(NerCorpus.NERUI.present() && SharedData.resolve("data/gazetteers").isPresent(),
                "../shared/data/ner/indolem is not here");
        NerTraining.Lexicons lexicons = NerTraining.lexicons(Entities.shippedModel(), SharedData.root().orElseThrow());
        List<NerEvaluation.Fold> folds = NerEvaluation.indolemFolds(lexicons, TrainOptions.DEFAULT,
                NerEvaluation.FoldTraining.ALONE, List.of(1), s -> { });
        assertThat(folds.getFirst().test().overall().f1()).as("IndoLEM NER-UI fold 1 F1").isGreaterThanOrEqualTo(FLOOR);
    }
}
