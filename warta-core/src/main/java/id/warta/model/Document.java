package id.warta.model;

import java.util.List;

/**
 * An extracted article: clean body text and the metadata read around it. Paragraphs of
 * {@code text} are separated by one blank line. Every later stage reads this and adds facts
 * that point into {@code text}.
 *
 * @param language the page's language ({@code id}, {@code en}), or null when not known
 * @param modified when the article was last changed, or null
 * @param image    the article's main picture, or null
 * @param pages    addresses of the article's further pages ({@code Halaman 2}, {@code ?page=2}),
 *                 in order, that were not merged into this document
 */
public record Document(
        Origin source,
        String url,
        String outlet,
        String site,
        String language,
        String title,
        Moment published,
        Moment modified,
        Dateline dateline,
        String text,
        Image image,
        List<Caption> captions,
        List<Related> related,
        List<String> pages,
        Credits credits,
        List<Warning> warnings) {

    public Document {
        captions = List.copyOf(captions);
        related = List.copyOf(related);
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }
}
