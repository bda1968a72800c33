package id.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.entities.Entities;
import id.warta.entities.ner.NerModel;
import id.warta.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The shipped tagger's entity F1 (exact span and type) on each corpus's dev split may not fall
 * below the floors pinned in {@code ner-baseline.tsv}: a change that lowers one must say so
 * by lowering the floor.
 */
class NerGateTest {
    @Test
    void shippedTaggerHoldsItsFloors() throws IOException {
        assumeTrue(NerCorpus.IDNER_NEWS_2K.present(), "../shared/data/ner is not here");
        NerModel model = Entities.shippedModel();
        List<NerEvaluation.Result> results = NerEvaluation.dev(model, true);
        for (String[] floor : floors()) {
            NerEvaluation.Result r = results.stream().filter(x -> x.corpus().key().equals(floor[0])).findFirst().orElseThrow();
            NerScore.Counts c = floor[1].equals("all") ? r.score().overall() : r.score().of(EntityType.valueOf(floor[1]));
            assertThat(c.f1()).as("%s %s F1", floor[0], floor[1]).isGreaterThanOrEqualTo(Double.parseDouble(floor[2]));
        }
    }

    private static List<String[]> floors() throws IOException {
        var in = Objects.requireNonNull(NerGateTest.class.getResourceAsStream("ner-baseline.tsv"));
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
