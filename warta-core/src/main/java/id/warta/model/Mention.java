package id.warta.model;

/**
 * One place in the text where an entity is named.
 *
 * @param text the surface form ({@code Baerbock}, {@code AS}, {@code Moskow})
 * @param use  how the surface form refers: {@code name}, {@code alias} (abbreviation or
 *             short form), {@code metonym} (a capital for its government), {@code epithet}
 */
public record Mention(String text, int start, int end, String use) implements Located {
    public Mention {
        Located.check(start, end);
    }
}
