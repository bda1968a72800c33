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
 * generalises far better than the last ones. Deterministic for a given seed.
 */
public final class PerceptronTrainer {
    private static final int L = Labels.COUNT;
    private static final int T = L + 1;

    /**
     * @param epochs   passes over the data
     * @param seed     shuffles the sentence order of each pass
     * @param minCount features seen fewer times in the data are dropped
     * @param domains  add per-corpus copies of every feature (shared weights carry what the corpora agree on)
     * @param runtimeDomain the corpus whose conventions the shipped model follows, or null
     */
    public record Options(int epochs, long seed, int minCount, boolean domains, String runtimeDomain) {
        public static final Options DEFAULT = new Options(12, 20241207L, 1, false, null);
    }

    private final Features features;
    private final WordTable words;
    private final Gazetteer gazetteer;
    private final Options options;

    PerceptronTrainer(WordTable words, Gazetteer gazetteer, Options options) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.features = new Features(words, gazetteer);
        this.options = options;
    }

    /** Trains on {@code data}; {@code afterEpoch}, when given, sees each epoch's number (for progress). */
    NerModel train(List<LabeledSentence> data, IntConsumer afterEpoch) {
        FeatureIndex index = new FeatureIndex(1 << 20);
        List<Example> examples = examples(data, index);
        float[] w = new float[index.size() * L];
        double[] u = new double[w.length];
        float[] tw = new float[T * T];
        double[] tu = new double[T * T];
        long step = 1;
        Random random = new Random(options.seed());
        List<Example> order = new ArrayList<>(examples);
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Example ex : order) {
                int[] predicted = decode(ex, w, tw);
                update(ex, predicted, w, u, tw, tu, step);
                step++;
            }
            if (afterEpoch != null) afterEpoch.accept(epoch);
        }
        for (int i = 0; i < w.length; i++) w[i] -= (float) (u[i] / step);
        for (int i = 0; i < tw.length; i++) tw[i] -= (float) (tu[i] / step);
        return new NerModel(words, gazetteer, index, w, tw, options.runtimeDomain());
    }

    private record Example(int[][] rows, int[] gold) {
    }

    private List<Example> examples(List<LabeledSentence> data, FeatureIndex index) {
        FeatureIndex counted = new FeatureIndex(1 << 20);
        int[] counts = new int[1 << 20];
        List<long[][]> extracted = new ArrayList<>(data.size());
        for (LabeledSentence s : data) {
            long[][] feats = features.extract(s.words(), s.cased(), options.domains() ? s.domain() : null);
            extracted.add(feats);
            for (long[] token : feats) {
                for (long f : token) {
                    int r = counted.add(f);
                    if (r >= counts.length) counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                    counts[r]++;
                }
            }
        }
        List<Example> examples = new ArrayList<>(data.size());
        for (int s = 0; s < data.size(); s++) {
            long[][] feats = extracted.get(s);
            int[][] rows = new int[feats.length][];
            for (int i = 0; i < feats.length; i++) {
                int[] r = new int[feats[i].length];
                int k = 0;
                for (long f : feats[i]) if (counts[counted.get(f)] >= options.minCount()) r[k++] = index.add(f);
                rows[i] = java.util.Arrays.copyOf(r, k);
            }
            extracted.set(s, null);
            examples.add(new Example(rows, Labels.encode(data.get(s).names(), feats.length)));
        }
        return examples;
    }

    private static int[] decode(Example ex, float[] w, float[] tw) {
        int n = ex.rows().length;
        float[] emission = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (int row : ex.rows()[i]) {
                int base = row * L, at = i * L;
                for (int t = 0; t < L; t++) emission[at + t] += w[base + t];
            }
        }
        return Viterbi.decode(emission, n, tw);
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
