package id.warta.entities.ner;

/**
 * A first-order linear tagger's weights: {@code emission} holds one weight per feature row and
 * tag ({@code row * Labels.COUNT + tag}); {@code transitions} one per pair of adjacent tags,
 * {@code (Labels.COUNT + 1)} squared, index {@code Labels.COUNT} standing for the sentence boundary.
 */
record LinearWeights(float[] emission, float[] transitions) {
}
