package id.warta.entities.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains a {@link NerModel} with the averaged structured perceptron (Collins 2002): decode
 * each sentence with the current weights, move the weights toward the gold tags where the
 * decoded ones differ, and keep the average of the weights over every step, which
 * generalises far better than the last ones. A sentence that weighs more is visited that
 * many times per pass. With a {@link TrainOptions#margin()}, decoding while training is
 * cost-augmented: every tag of a token but its gold one scores that much more, so a sentence the
 * weights already tag right, but narrowly, still moves them until the gold tags win by the margin
 * for each token they would get wrong (the perceptron's form of a large-margin, Hamming-loss
 * objective). Deterministic for a given seed.
 */
final class PerceptronTrainer implements Learner {
    private static final int L = Labels.COUNT;
    private static final int T = L + 1;

    private final TrainOptions options;

    PerceptronTrainer(TrainOptions options) {
        this.options = options;
    }

    @Override
    public LinearWeights learn(List<Example> examples, int featureCount, IntConsumer afterEpoch) {
        float[] w = new float[featureCount * L];
        double[] u = new double[w.length];
        float[] tw = new float[T * T];
        double[] tu = new double[T * T];
        long step = 1;
        float margin = (float) options.margin();
        Random random = new Random(options.seed());
        List<Example> order = new ArrayList<>();
        for (Example ex : examples) {
            for (int r = Math.max(1, Math.round(ex.weight())); r > 0; r--) order.add(ex);
        }
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Example ex : order) {
                int[] predicted = decode(ex, w, tw, margin);
                update(ex, predicted, w, u, tw, tu, step);
                step++;
            }
            if (afterEpoch != null) afterEpoch.accept(epoch);
        }
        for (int i = 0; i < w.length; i++) w[i] -= (float) (u[i] / step);
        for (int i = 0; i < tw.length; i++) tw[i] -= (float) (tu[i] / step);
        return new LinearWeights(w, tw);
    }

    private static int[] decode(Example ex, float[] w, float[] tw, float margin) {
        float[] emission = ex.emission(w);
        if (margin != 0) {
            int[] gold = ex.gold();
            for (int i = 0; i < gold.length; i++) {
                for (int t = 0; t < L; t++) if (t != gold[i]) emission[i * L + t] += margin;
            }
        }
        return Viterbi.decode(emission, ex.length(), tw);
    }

    private static void update(Example ex, int[] predicted, float[] w, double[] u, float[] tw, double[] tu, long step) {
        int[] gold = ex.gold();
        int n = gold.length;
        for (int i = 0; i < n; i++) {
            if (gold[i] == predicted[i]) continue;
            for (int row : ex.rows()[i]) {
                add(w, u, row * L + gold[i], 1, step);
                add(w, u, row * L + predicted[i], -1, step);
            }
        }
        for (int i = 0; i <= n; i++) {
            int gp = i == 0 ? L : gold[i - 1], gn = i == n ? L : gold[i];
            int pp = i == 0 ? L : predicted[i - 1], pn = i == n ? L : predicted[i];
            if (gp == pp && gn == pn) continue;
            add(tw, tu, gp * T + gn, 1, step);
            add(tw, tu, pp * T + pn, -1, step);
        }
    }

    private static void add(float[] w, double[] u, int at, float delta, long step) {
        w[at] += delta;
        u[at] += step * delta;
    }
}
