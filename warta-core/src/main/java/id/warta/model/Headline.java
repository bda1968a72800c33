package id.warta.model;

import java.util.List;

/**
 * Whether the body supports the headline.
 *
 * @param verdict  {@code supported}, {@code overstated} or {@code unknown}
 * @param reason   why, for people
 * @param evidence spans of the body sentences that show it
 */
public record Headline(String verdict, String reason, List<Span> evidence) {
    public static final Headline UNKNOWN = new Headline("unknown", null, List.of());

    public Headline {
        evidence = List.copyOf(evidence);
    }
}
