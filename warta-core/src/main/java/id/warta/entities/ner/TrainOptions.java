package id.warta.entities.ner;

import java.util.Map;

/**
 * How to train a tagger.
 *
 * @param algorithm     the learning method
 * @param epochs        passes over the data
 * @param seed          shuffles the sentence order of each pass
 * @param runs          models trained, each on its own shuffles (seeds {@code seed}, {@code seed + 1} ...),
 *                      whose weights are averaged: one order's luck moves a corpus's dev F1 by up to
 *                      0.01, the average of a few much less
 * @param minCount      features seen fewer times in the data are dropped
 * @param domains       add per-corpus copies of every feature: the shared weights carry what
 *                      the corpora agree on, the copies each corpus's own conventions
 * @param runtimeDomain the corpus whose conventions the model follows by default, or null
 * @param l2            the CRF's Gaussian prior: the weight of the squared norm in the objective
 * @param margin        the perceptron's cost of a wrong tag: while training, each token's tags other than
 *                      its gold one score this much more when the sentence is decoded, so the weights keep
 *                      moving until the gold tags win by a margin (0: the plain perceptron)
 * @param weights       how much each corpus's sentences count (by corpus key; 1 when absent): the
 *                      small cased news corpora weigh more than the large lowercased one
 */
public record TrainOptions(Algorithm algorithm, int epochs, long seed, int runs, int minCount, boolean domains,
                           String runtimeDomain, double l2, double margin, Map<String, Double> weights) {
    public enum Algorithm { PERCEPTRON, CRF }

    public static final TrainOptions DEFAULT = new TrainOptions(Algorithm.PERCEPTRON, 12, 20241207L, 5, 2, true, null, 1.0,
            400, Map.of("idner", 3.0, "nergrit", 2.0));

    public TrainOptions {
        weights = Map.copyOf(weights);
    }

    public TrainOptions withDomain(String domain) {
        return new TrainOptions(algorithm, epochs, seed, runs, minCount, domains, domain, l2, margin, weights);
    }

    public TrainOptions withSeed(long seed) {
        return new TrainOptions(algorithm, epochs, seed, runs, minCount, domains, runtimeDomain, l2, margin, weights);
    }

    public TrainOptions withMargin(double margin) {
        return new TrainOptions(algorithm, epochs, seed, runs, minCount, domains, runtimeDomain, l2, margin, weights);
    }

    public TrainOptions withWeight(String corpus, double weight) {
        Map<String, Double> w = new java.util.HashMap<>(weights);
        w.put(corpus, weight);
        return new TrainOptions(algorithm, epochs, seed, runs, minCount, domains, runtimeDomain, l2, margin, w);
    }

    /** The options of one of the {@link #runs()}: its own seed, one run. */
    TrainOptions run(int k) {
        return new TrainOptions(algorithm, epochs, seed + k, 1, minCount, domains, runtimeDomain, l2, margin, weights);
    }

    /** How much a sentence of {@code corpus} counts. */
    public double weight(String corpus) {
        return weights.getOrDefault(corpus, 1.0);
    }
}
