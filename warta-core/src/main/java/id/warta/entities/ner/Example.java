package id.warta.entities.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/** A training sentence as the trainers see it: each token's feature rows, its gold tag, and how much it counts. */
record Example(int[][] rows, int[] gold, float weight) {

    /**
     * Extracts the features of {@code data} (sentence {@code k} with {@code featuresOf(k)}), keeps those seen at least {@code minCount} times,
     * and numbers them in {@code index}.
     */
    static List<Example> of(List<LabeledSentence> data, IntFunction<Features> featuresOf, TrainOptions options,
                            FeatureIndex index) {
        int minCount = options.minCount();
        boolean domains = options.domains();
        FeatureIndex counted = new FeatureIndex(1 << 20);
        int[] counts = new int[1 << 20];
        List<long[][]> extracted = new ArrayList<>(data.size());
        for (int k = 0; k < data.size(); k++) {
            LabeledSentence s = data.get(k);
            long[][] feats = featuresOf.apply(k).extract(s.words(), s.cased(), domains ? s.domain() : null);
            extracted.add(feats);
            for (long[] token : feats) {
                for (long f : token) {
                    int r = counted.add(f);
                    if (r >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
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
                for (long f : feats[i]) if (counts[counted.get(f)] >= minCount) r[k++] = index.add(f);
                rows[i] = Arrays.copyOf(r, k);
            }
            extracted.set(s, null);
            LabeledSentence sentence = data.get(s);
            examples.add(new Example(rows, Labels.encode(sentence.names(), feats.length),
                    (float) options.weight(sentence.domain())));
        }
        return examples;
    }

    int length() {
        return gold.length;
    }

    /** Per-token tag scores under weights {@code w} ({@code rows * Labels.COUNT}). */
    float[] emission(float[] w) {
        int n = gold.length, labels = Labels.COUNT;
        float[] emission = new float[n * labels];
        for (int i = 0; i < n; i++) {
            for (int row : rows[i]) {
                int base = row * labels, at = i * labels;
                for (int t = 0; t < labels; t++) emission[at + t] += w[base + t];
            }
        }
        return emission;
    }
}
