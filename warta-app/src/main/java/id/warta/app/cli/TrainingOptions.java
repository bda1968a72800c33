package id.warta.app.cli;

import id.warta.entities.ner.TrainOptions;
import picocli.CommandLine.Option;

/** How a tagger is trained, shared by {@code train ner} and {@code eval ner}'s in-domain models: each left out is as shipped. */
final class TrainingOptions {
    @Option(names = "--seed", description = "Seed of the training's shuffles (default: as shipped). Gains under "
            + "~0.005 F1 are within the spread of seeds: compare means over a few.")
    Long seed;

    @Option(names = "--margin", description = "The perceptron's cost of a wrong tag while training (default: as "
            + "shipped; 0: the plain perceptron).")
    Double margin;

    /** {@code options} with what was given here in place of theirs. */
    TrainOptions applyTo(TrainOptions options) {
        if (seed != null) options = options.withSeed(seed);
        if (margin != null) options = options.withMargin(margin);
        return options;
    }
}
