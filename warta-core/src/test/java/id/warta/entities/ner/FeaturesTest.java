package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Tagging reads the features training counted: {@link Features#scores} sums, for each token
 * and tag, the weights of {@link Features#extract}'s features, whatever it kept from the
 * sentences before.
 */
class FeaturesTest {
    private static final int L = Labels.COUNT;
    private static final List<String> KNOWN = List.of("Bupati", "Garut", "Rudi", "Hartawan", "meninjau", "banjir", ".");
    private static final List<String> READ = List.of("Warga", "Garut", "menyambut", "Bupati", "Rudi", "Hartawan", "di",
            "Pasar", "Ciawitali", ",", "Senin", "(", "3/3", ")", ".");
    /** READ's words again, among other neighbours: the sums of what reads one token alone are kept, the rest looked up. */
    private static final List<String> READ_AGAIN = List.of("Rudi", "Hartawan", "meninjau", "Pasar", "Ciawitali", "di",
            "Garut", "pada", "Senin", "(", "3/3", ")", ",", "kata", "warga", ".");
    /** READ's words beside the sentence's ends. */
    private static final List<String> SHORT = List.of("Garut", ".");

    @Test
    void theScoresOfASentenceAreTheWeightsOfItsFeaturesSummedTokenByToken() {
        for (String domain : new String[] {null, "idner"}) {
            FeatureIndex index = new FeatureIndex(1024);
            for (boolean cased : new boolean[] {true, false}) {
                Features counting = new Features(WordTable.empty(), new Gazetteer());
                for (long[] token : counting.extract(KNOWN, cased, domain)) for (long f : token) index.add(f);
            }
            float[] weights = randomWeights(index.size());
            // each pass with fresh features (nothing kept) gives the scores the later ones, keeping sums, must equal
            Map<String, float[]> firstScores = new HashMap<>();
            Features features = new Features(WordTable.empty(), new Gazetteer());
            // uncased first: the words' cased sums are made later, beside the others kept
            for (boolean cased : new boolean[] {false, true}) {
                for (List<String> sentence : List.of(READ, READ_AGAIN, SHORT, READ, SHORT)) {
                    float[] scores = features.scores(sentence, cased, domain, index, weights);
                    assertIsTheSumOfTheFeatureWeights(scores, features, sentence, cased, domain, index, weights);
                    float[] fresh = new Features(WordTable.empty(), new Gazetteer())
                            .scores(sentence, cased, domain, index, weights);
                    assertThat(scores).as("%s, cased %s, domain %s: as with nothing kept", sentence, cased, domain)
                            .containsExactly(fresh);
                    float[] before = firstScores.putIfAbsent(sentence + " " + cased, scores);
                    if (before != null) assertThat(scores).as("%s again", sentence).containsExactly(before);
                }
            }
        }
    }

    private static float[] randomWeights(int rows) {
        SplittableRandom random = new SplittableRandom(3);
        float[] weights = new float[rows * L];
        for (int i = 0; i < weights.length; i++) weights[i] = (float) random.nextDouble(-1, 1);
        return weights;
    }

    private static void assertIsTheSumOfTheFeatureWeights(float[] scores, Features features, List<String> sentence,
                                                          boolean cased, String domain, FeatureIndex index,
                                                          float[] weights) {
        long[][] expected = features.extract(sentence, cased, domain);
        assertThat(scores).hasSize(sentence.size() * L);
        int known = 0, unknown = 0;
        for (int i = 0; i < expected.length; i++) {
            double[] sum = new double[L];
            for (long f : expected[i]) {
                int row = index.get(f);
                if (row < 0) {
                    unknown++;
                    continue;
                }
                known++;
                for (int t = 0; t < L; t++) sum[t] += weights[row * L + t];
            }
            for (int t = 0; t < L; t++) {
                assertThat((double) scores[i * L + t]).as("%s, token %d, tag %d, cased %s, domain %s",
                        sentence, i, t, cased, domain).isCloseTo(sum[t], within(1e-4));
            }
        }
        assertThat(known).as("features the index holds").isPositive();
        assertThat(unknown).as("features it does not").isPositive();
    }
}
