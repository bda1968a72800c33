package id.warta.model;

import java.util.List;

/**
 * What the body says about the headline.
 *
 * @param verdict   {@code supported} (the body states what the headline claims),
 *                  {@code overstated} (the headline claims an outcome the body only discusses,
 *                  hedges or contradicts), or {@code unknown}
 * @param reason    why, for people; null when unknown
 * @param evidence  spans of the body sentences that show it
 * @param clickbait probability that the headline is written as clickbait (0..1), or null
 *                  when there is no headline
 */
public record Headline(String verdict, String reason, List<Span> evidence, Double clickbait) {
    public static final Headline UNKNOWN = new Headline("unknown", null, List.of(), null);

    public Headline {
        evidence = List.copyOf(evidence);
    }
}
