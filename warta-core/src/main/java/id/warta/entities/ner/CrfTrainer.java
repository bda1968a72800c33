package id.warta.entities.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains a {@link NerModel} as a linear-chain conditional random field: maximises the
 * log-likelihood of the gold tag sequences under a Gaussian prior, by stochastic gradient
 * descent one sentence at a time (Bottou's schedule, as CRFsuite's {@code l2sgd}: the step
 * shrinks as {@code 1 / (lambda * (t0 + t))}, the prior applied as a lazy rescaling of all
 * weights). Forward-backward gives each token's tag marginals and each pair's transition
 * marginals; only transitions BILOU allows carry probability. Deterministic for a seed.
 */
final class CrfTrainer implements Learner {
    private static final int L = Labels.COUNT;
    private static final int T = L + 1;
    private static final double[] CALIBRATION_RATES = {0.5, 0.2, 0.1, 0.05, 0.02, 0.01};
    private static final int CALIBRATION_SAMPLE = 1000;
    private static final boolean[][] ALLOWED = new boolean[L][L];

    static {
        for (int a = 0; a < L; a++) for (int b = 0; b < L; b++) ALLOWED[a][b] = Labels.canFollow(a, b);
    }

    private final TrainOptions options;

    CrfTrainer(TrainOptions options) {
        this.options = options;
    }

    @Override
    public LinearWeights learn(List<Example> examples, int featureCount, IntConsumer afterEpoch) {
        Random random = new Random(options.seed());
        double totalWeight = examples.stream().mapToDouble(Example::weight).sum();
        double lambda = 2 * options.l2() / totalWeight;
        double eta0 = calibrate(examples, featureCount, lambda, new Random(options.seed()));
        Parameters w = new Parameters(featureCount);
        double t0 = 1 / (lambda * eta0);
        long t = 0;
        List<Example> order = new ArrayList<>(examples);
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Example ex : order) {
                double eta = 1 / (lambda * (t0 + t++));
                w.step(ex, eta, lambda);
            }
            if (afterEpoch != null) afterEpoch.accept(epoch);
        }
        return new LinearWeights(w.emission(), w.transitions());
    }

    /** Picks the initial rate that lowers the objective most over one pass on a sample, as CRFsuite does. */
    private static double calibrate(List<Example> examples, int features, double lambda, Random random) {
        List<Example> sample = new ArrayList<>(examples);
        Collections.shuffle(sample, random);
        sample = sample.subList(0, Math.min(CALIBRATION_SAMPLE, sample.size()));
        double best = Double.POSITIVE_INFINITY, bestRate = CALIBRATION_RATES[CALIBRATION_RATES.length - 1];
        for (double rate : CALIBRATION_RATES) {
            Parameters w = new Parameters(features);
            double t0 = 1 / (lambda * rate);
            long t = 0;
            for (Example ex : sample) w.step(ex, 1 / (lambda * (t0 + t++)), lambda);
            double loss = 0;
            for (Example ex : sample) loss += ex.weight() * w.negativeLogLikelihood(ex);
            loss += w.squaredNorm() * lambda * sample.size() / 2;
            if (Double.isFinite(loss) && loss < best) {
                best = loss;
                bestRate = rate;
            }
        }
        return bestRate;
    }

    /** The weights, stored divided by a shared scale so the prior's shrinking is one multiplication. */
    private static final class Parameters {
        private static final double MIN_SCALE = 1e-9;
        final float[] emission;
        final double[] transition = new double[T * T];
        double scale = 1;

        Parameters(int features) {
            emission = new float[features * L];
        }

        float[] emission() {
            float[] out = new float[emission.length];
            for (int i = 0; i < out.length; i++) out[i] = (float) (emission[i] * scale);
            return out;
        }

        float[] transitions() {
            float[] out = new float[T * T];
            for (int i = 0; i < out.length; i++) out[i] = (float) (transition[i] * scale);
            return out;
        }

        double squaredNorm() {
            double s = 0;
            for (float v : emission) s += (double) v * v;
            for (double v : transition) s += v * v;
            return s * scale * scale;
        }

        void step(Example ex, double eta, double lambda) {
            scale *= 1 - eta * lambda;
            if (scale < MIN_SCALE) rescale();
            Lattice lattice = lattice(ex);
            double gain = eta * ex.weight() / scale;
            int n = ex.length();
            int[] gold = ex.gold();
            for (int i = 0; i < n; i++) {
                double[] marginal = lattice.marginal(i);
                for (int row : ex.rows()[i]) {
                    int base = row * L;
                    for (int y = 0; y < L; y++) {
                        double g = (y == gold[i] ? 1 : 0) - marginal[y];
                        if (g != 0) emission[base + y] += (float) (gain * g);
                    }
                }
            }
            lattice.addTransitionGradient(gold, transition, gain);
        }

        double negativeLogLikelihood(Example ex) {
            Lattice lattice = lattice(ex);
            int[] gold = ex.gold();
            double score = 0;
            for (int i = 0; i < gold.length; i++) score += lattice.score[i * L + gold[i]];
            for (int i = 0; i <= gold.length; i++) {
                int p = i == 0 ? L : gold[i - 1], c = i == gold.length ? L : gold[i];
                score += transition[p * T + c] * scale;
            }
            return lattice.logZ - score;
        }

        private void rescale() {
            for (int i = 0; i < emission.length; i++) emission[i] = (float) (emission[i] * scale);
            for (int i = 0; i < transition.length; i++) transition[i] *= scale;
            scale = 1;
        }

        private Lattice lattice(Example ex) {
            int n = ex.length();
            double[] score = new double[n * L];
            for (int i = 0; i < n; i++) {
                for (int row : ex.rows()[i]) {
                    int base = row * L, at = i * L;
                    for (int y = 0; y < L; y++) score[at + y] += emission[base + y];
                }
            }
            for (int i = 0; i < score.length; i++) score[i] *= scale;
            double[] trans = new double[T * T];
            for (int i = 0; i < trans.length; i++) trans[i] = transition[i] * scale;
            return new Lattice(n, score, trans);
        }
    }

    /**
     * Forward-backward over one sentence, with each position's forward vector normalised to
     * sum to one (the normalisers' logs add up to the partition function).
     */
    private static final class Lattice {
        final int n;
        final double[] score;
        final double[] alpha, beta, norm, expScore, expTrans;
        double logZ;

        Lattice(int n, double[] score, double[] trans) {
            this.n = n;
            this.score = score;
            alpha = new double[n * L];
            beta = new double[n * L];
            norm = new double[n];
            expScore = new double[n * L];
            expTrans = new double[T * T];
            for (int a = 0; a < T; a++) {
                for (int b = 0; b < T; b++) {
                    boolean ok = a == L ? b == L || Labels.canStart(b) : b == L ? Labels.canEnd(a) : ALLOWED[a][b];
                    expTrans[a * T + b] = ok ? Math.exp(trans[a * T + b]) : 0;
                }
            }
            double shift = 0;
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int y = 0; y < L; y++) max = Math.max(max, score[i * L + y]);
                for (int y = 0; y < L; y++) expScore[i * L + y] = Math.exp(score[i * L + y] - max);
                shift += max;
            }
            forward();
            backward();
            logZ = shift;
            for (int i = 0; i < n; i++) logZ += Math.log(norm[i]);
            double end = 0;
            for (int y = 0; y < L; y++) end += alpha[(n - 1) * L + y] * expTrans[y * T + L];
            logZ += Math.log(end);
        }

        private void forward() {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int y = 0; y < L; y++) {
                    double in = 0;
                    if (i == 0) {
                        in = expTrans[L * T + y];
                    } else {
                        for (int p = 0; p < L; p++) in += alpha[(i - 1) * L + p] * expTrans[p * T + y];
                    }
                    double a = in * expScore[i * L + y];
                    alpha[i * L + y] = a;
                    sum += a;
                }
                norm[i] = sum;
                for (int y = 0; y < L; y++) alpha[i * L + y] /= sum;
            }
        }

        private void backward() {
            double last = 0;
            for (int y = 0; y < L; y++) last += alpha[(n - 1) * L + y] * expTrans[y * T + L];
            for (int y = 0; y < L; y++) beta[(n - 1) * L + y] = expTrans[y * T + L] / last;
            for (int i = n - 2; i >= 0; i--) {
                for (int y = 0; y < L; y++) {
                    double out = 0;
                    for (int x = 0; x < L; x++) {
                        out += expTrans[y * T + x] * expScore[(i + 1) * L + x] * beta[(i + 1) * L + x];
                    }
                    beta[i * L + y] = out / norm[i + 1];
                }
            }
        }

        /** P(tag at i = y) for every y. */
        double[] marginal(int i) {
            double[] m = new double[L];
            for (int y = 0; y < L; y++) m[y] = alpha[i * L + y] * beta[i * L + y];
            return m;
        }

        /** Adds {@code gain} times (gold transition counts minus expected ones) to {@code transition}. */
        void addTransitionGradient(int[] gold, double[] transition, double gain) {
            for (int y = 0; y < L; y++) {
                transition[L * T + y] -= gain * alpha[y] * beta[y];
                transition[y * T + L] -= gain * alpha[(n - 1) * L + y] * beta[(n - 1) * L + y];
            }
            for (int i = 1; i < n; i++) {
                for (int p = 0; p < L; p++) {
                    double a = alpha[(i - 1) * L + p];
                    if (a == 0) continue;
                    for (int y = 0; y < L; y++) {
                        double e = expTrans[p * T + y];
                        if (e == 0) continue;
                        transition[p * T + y] -= gain * a * e * expScore[i * L + y] * beta[i * L + y] / norm[i];
                    }
                }
            }
            for (int i = 0; i <= n; i++) {
                int p = i == 0 ? L : gold[i - 1], c = i == n ? L : gold[i];
                transition[p * T + c] += gain;
            }
        }
    }
}
