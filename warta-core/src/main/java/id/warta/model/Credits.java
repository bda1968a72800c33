package id.warta.model;

import java.util.List;

/**
 * The portal's footer and byline: {@code Penulis:}, {@code Editor:}, {@code Sumber:}.
 *
 * @param authors writers and reporters, in page order
 * @param editors editors, in page order
 * @param source  what the {@code Sumber:} line names; empty string when the line is there
 *                but names nothing, null when there is no such line
 * @param copyrightYear the year the copyright line gives ({@code Copyright © ANTARA 2025}), null when there is
 *                none: the line leaves the text, but its year is the page's, which dates the story's days
 *                when nothing else gives their year
 */
public record Credits(List<String> authors, List<String> editors, String source, Integer copyrightYear) {
    public static final Credits NONE = new Credits(List.of(), List.of(), null, null);

    public Credits {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
    }
}
