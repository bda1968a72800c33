package id.warta.model;

/**
 * Something a speaker said or wrote, as reported in the article.
 *
 * @param text    the quoted words, without quotation marks
 * @param speaker who said it; {@link Speaker#UNKNOWN} when the article does not say
 * @param cue     the word that attributes it ({@code katanya}, {@code tulis}), or null
 * @param kind    direct (inside quotation marks) or indirect (reported speech)
 */
public record Quote(String text, int start, int end, Speaker speaker, String cue, Kind kind) implements Located {
    public Quote {
        Located.check(start, end);
    }

    public enum Kind { DIRECT, INDIRECT }
}
