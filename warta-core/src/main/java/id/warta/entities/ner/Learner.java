package id.warta.entities.ner;

import java.util.List;
import java.util.function.IntConsumer;

/** A learning algorithm for the tagger's weights. */
interface Learner {
    /**
     * Learns weights from {@code examples}, whose feature rows are below {@code featureCount};
     * {@code afterEpoch}, when given, sees each finished pass's number.
     */
    LinearWeights learn(List<Example> examples, int featureCount, IntConsumer afterEpoch);

    static Learner of(TrainOptions options) {
        return switch (options.algorithm()) {
            case PERCEPTRON -> new PerceptronTrainer(options);
            case CRF -> new CrfTrainer(options);
        };
    }
}
