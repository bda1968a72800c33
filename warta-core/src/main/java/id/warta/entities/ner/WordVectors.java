package id.warta.entities.ner;

import java.util.Random;

/**
 * Dense word vectors learnt from running text with skip-gram and negative sampling (Mikolov
 * et al. 2013, as word2vec does it): each word's vector is pushed toward the output vectors of
 * the words around it and away from those of words drawn at random by their frequency to the
 * power 3/4. Frequent words are thinned out, the learning rate falls linearly to nothing.
 * Single-threaded and seeded, so the same text always gives the same vectors.
 */
final class WordVectors {
    /**
     * @param dimensions width of the vectors
     * @param window     largest distance to a context word (each centre draws its own from 1 up to it)
     * @param negatives  random words contrasted with each true context
     * @param epochs     passes over the text
     * @param sample     frequency above which words are thinned out
     */
    record Settings(int dimensions, int window, int negatives, int epochs, double sample, long seed) {
    }

    static final int BOUNDARY = -1;
    private static final double START_RATE = 0.025;
    private static final int TABLE_SIZE = 1 << 24;
    private static final float MAX_EXP = 6;
    private static final int SIGMOID_STEPS = 1000;
    private static final float[] SIGMOID = new float[SIGMOID_STEPS + 1];

    static {
        for (int i = 0; i <= SIGMOID_STEPS; i++) {
            double x = (i * 2.0 / SIGMOID_STEPS - 1) * MAX_EXP;
            SIGMOID[i] = (float) (1 / (1 + Math.exp(-x)));
        }
    }

    private WordVectors() {
    }

    /**
     * Vectors for words {@code 0 .. counts.length - 1}, trained on {@code text}: word ids,
     * {@link #BOUNDARY} between sentences, any other negative id for a word to leave out.
     * Returns {@code counts.length * dimensions} floats, word-major.
     */
    static float[] train(int[] text, int length, int[] counts, Settings settings) {
        int vocabulary = counts.length, d = settings.dimensions();
        Random random = new Random(settings.seed());
        float[] in = new float[vocabulary * d];
        float[] out = new float[vocabulary * d];
        for (int i = 0; i < in.length; i++) in[i] = (float) ((random.nextDouble() - 0.5) / d);
        int[] table = noiseTable(counts);
        long total = 0;
        for (int c : counts) total += c;
        float[] keep = new float[vocabulary];
        for (int w = 0; w < vocabulary; w++) {
            double f = counts[w] / (settings.sample() * total);
            keep[w] = f <= 0 ? 0 : (float) Math.min(1, Math.sqrt(1 / f) + 1 / f);
        }
        float[] hidden = new float[d];
        int[] sentence = new int[1 << 12];
        long steps = (long) settings.epochs() * length, step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            int at = 0;
            while (at < length) {
                int n = 0, from = at;
                for (; at < length && text[at] != BOUNDARY; at++) {
                    int w = text[at];
                    if (w < 0 || keep[w] < 1 && random.nextFloat() > keep[w]) continue;
                    if (n == sentence.length) sentence = java.util.Arrays.copyOf(sentence, n * 2);
                    sentence[n++] = w;
                }
                at++;
                step += at - from;
                float rate = (float) Math.max(START_RATE * 1e-4, START_RATE * (1 - (double) step / (steps + 1)));
                for (int i = 0; i < n; i++) {
                    int reach = 1 + random.nextInt(settings.window());
                    for (int j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
                        if (j == i) continue;
                        learn(in, out, sentence[j] * d, sentence[i], table, settings.negatives(), rate, d, hidden,
                                random);
                    }
                }
            }
        }
        return in;
    }

    /** One (context, centre) pair: the context word's input vector predicts the centre word against noise words. */
    private static void learn(float[] in, float[] out, int from, int target, int[] table, int negatives, float rate,
                              int d, float[] hidden, Random random) {
        java.util.Arrays.fill(hidden, 0);
        for (int k = 0; k <= negatives; k++) {
            int word;
            float label;
            if (k == 0) {
                word = target;
                label = 1;
            } else {
                word = table[random.nextInt(TABLE_SIZE)];
                if (word == target) continue;
                label = 0;
            }
            int to = word * d;
            float dot = 0;
            for (int x = 0; x < d; x++) dot += in[from + x] * out[to + x];
            float g = (label - sigmoid(dot)) * rate;
            for (int x = 0; x < d; x++) {
                hidden[x] += g * out[to + x];
                out[to + x] += g * in[from + x];
            }
        }
        for (int x = 0; x < d; x++) in[from + x] += hidden[x];
    }

    private static float sigmoid(float x) {
        if (x >= MAX_EXP) return 1;
        if (x <= -MAX_EXP) return 0;
        return SIGMOID[(int) ((x + MAX_EXP) * (SIGMOID_STEPS / MAX_EXP / 2))];
    }

    /** Words repeated in proportion to their count to the power 3/4: a uniform draw from it is a noise word. */
    private static int[] noiseTable(int[] counts) {
        double norm = 0;
        for (int c : counts) norm += Math.pow(c, 0.75);
        int[] table = new int[TABLE_SIZE];
        int w = 0;
        double cumulative = counts.length == 0 ? 1 : Math.pow(counts[0], 0.75) / norm;
        for (int i = 0; i < TABLE_SIZE; i++) {
            table[i] = w;
            if ((double) i / TABLE_SIZE > cumulative && w < counts.length - 1) {
                w++;
                cumulative += Math.pow(counts[w], 0.75) / norm;
            }
        }
        return table;
    }
}
