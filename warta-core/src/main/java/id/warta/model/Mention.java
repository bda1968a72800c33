package id.warta.model;

/**
 * One place in the article where an entity is named.
 *
 * @param text the surface form ({@code Baerbock}, {@code AS}, {@code Moskow})
 * @param use  how the surface form refers: {@code name}, {@code alias} (abbreviation or
 *             short form), {@code metonym} (a capital for its government), {@code epithet}
 * @param in   the field whose text the offsets point into, as a JSON pointer into the
 *             article: {@code /text} (the body), {@code /title}, {@code /dateline/text},
 *             {@code /captions/0/text}
 */
public record Mention(String text, int start, int end, String use, String in) implements Located {
    public static final String BODY = "/text";
    public static final String TITLE = "/title";

    public Mention {
        Located.check(start, end);
    }

    /** A mention in the body text. */
    public Mention(String text, int start, int end, String use) {
        this(text, start, end, use, BODY);
    }
}
