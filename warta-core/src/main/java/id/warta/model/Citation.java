package id.warta.model;

/**
 * One link in the chain of sources a story came through, from the original to this outlet.
 *
 * @param name      who: {@code Bloomberg}, {@code Russia Today}, or a description of an
 *                  anonymous source
 * @param role      {@code origin}, {@code relay} (quoted the origin), {@code publisher}
 *                  (this outlet), {@code agency} (credited wire), or {@code anonymous}
 * @param start     span of the words that cite it, or -1 when implied (the publisher)
 * @param end       end of that span, or -1
 */
public record Citation(String name, String role, int start, int end) {
}
