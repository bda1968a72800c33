package id.warta.entities.ner;

import java.util.stream.IntStream;

/**
 * Finds the best-scoring tag sequence of a sentence under a first-order model: per-token
 * scores plus a score for each pair of adjacent tags, walking only the transitions the BILOU
 * scheme allows. Linear in the sentence length.
 */
final class Viterbi {
    private static final int L = Labels.COUNT;
    /** For each tag, the tags that may precede it, in ascending order (ties go to the lowest, as when all are walked). */
    private static final int[][] PREDECESSORS = new int[L][];
    private static final boolean[] STARTS = new boolean[L];
    private static final boolean[] ENDS = new boolean[L];

    static {
        for (int a = 0; a < L; a++) {
            STARTS[a] = Labels.canStart(a);
            ENDS[a] = Labels.canEnd(a);
            int b = a;
            PREDECESSORS[a] = IntStream.range(0, L).filter(p -> Labels.canFollow(p, b)).toArray();
        }
    }

    private Viterbi() {
    }

    /**
     * @param emission    {@code n * L} scores, token-major
     * @param transitions {@code (L + 1) * (L + 1)} scores, row = previous tag, index {@code L} = sentence boundary
     */
    static int[] decode(float[] emission, int n, float[] transitions) {
        int[] best = new int[n];
        if (n == 0) return best;
        int[] back = new int[n * L];
        float[] score = new float[L];
        float[] next = new float[L];
        for (int t = 0; t < L; t++) {
            score[t] = STARTS[t] ? transitions[L * (L + 1) + t] + emission[t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < L; t++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : PREDECESSORS[t]) {
                    float s = score[p] + transitions[p * (L + 1) + t];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[t] = top + emission[i * L + t];
                back[i * L + t] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        float top = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int t = 0; t < L; t++) {
            if (!ENDS[t]) continue;
            float s = score[t] + transitions[t * (L + 1) + L];
            if (s > top) {
                top = s;
                arg = t;
            }
        }
        best[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) best[i - 1] = back[i * L + best[i]];
        return best;
    }
}
