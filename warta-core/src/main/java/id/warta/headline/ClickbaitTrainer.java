package id.warta.headline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains {@link ClickbaitModel} by stochastic gradient descent on the logistic loss with L2
 * regularisation, deterministic for a given seed, and measures it by k-fold cross-validation.
 */
public final class ClickbaitTrainer {
    /** One labelled headline. */
    public record Example(String headline, boolean clickbait) {
    }

    /** Accuracy and the clickbait class's precision, recall and F1. */
    public record Scores(double accuracy, double precision, double recall, double f1, int examples) {
    }

    private static final int EPOCHS = 12;
    private static final double LEARNING_RATE = 0.1;
    private static final double L2 = 1e-4;
    /** Features seen fewer times than this are noise, not signal. */
    private static final int MIN_COUNT = 2;

    private ClickbaitTrainer() {
    }

    public static ClickbaitModel train(List<Example> examples, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) for (String f : ClickbaitModel.features(e.headline())) counts.merge(f, 1, Integer::sum);
        Map<String, Double> w = new HashMap<>();
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch);
            for (Example e : order) {
                List<String> feats = ClickbaitModel.features(e.headline()).stream()
                        .filter(f -> counts.get(f) >= MIN_COUNT).toList();
                double z = w.getOrDefault("bias", 0.0);
                for (String f : feats) z += w.getOrDefault(f, 0.0);
                double gradient = (e.clickbait() ? 1 : 0) - 1 / (1 + Math.exp(-z));
                w.merge("bias", rate * gradient, Double::sum);
                for (String f : feats) w.put(f, w.getOrDefault(f, 0.0) * (1 - rate * L2) + rate * gradient);
            }
        }
        w.values().removeIf(v -> Math.abs(v) < 1e-4);
        return new ClickbaitModel(w);
    }

    /** Pooled scores of {@code folds}-fold cross-validation with a fixed shuffle. */
    public static Scores crossValidate(List<Example> examples, int folds, long seed) {
        List<Example> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(seed));
        int tp = 0, fp = 0, fn = 0, correct = 0;
        for (int k = 0; k < folds; k++) {
            List<Example> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) (i % folds == k ? test : train).add(shuffled.get(i));
            ClickbaitModel model = train(train, seed);
            for (Example e : test) {
                boolean predicted = model.probability(e.headline()) >= 0.5;
                if (predicted == e.clickbait()) correct++;
                if (predicted && e.clickbait()) tp++;
                if (predicted && !e.clickbait()) fp++;
                if (!predicted && e.clickbait()) fn++;
            }
        }
        double p = tp / (double) Math.max(1, tp + fp), r = tp / (double) Math.max(1, tp + fn);
        return new Scores(correct / (double) shuffled.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), shuffled.size());
    }
}
