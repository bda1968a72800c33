package id.warta.model;

import java.util.List;

/**
 * An extracted article: clean body text and the metadata read around it. Paragraphs of
 * {@code text} are separated by one blank line. Every later stage reads this and adds facts
 * that point into {@code text}.
 */
public record Document(
        Origin source,
        String url,
        String outlet,
        String site,
        String title,
        Moment published,
        Dateline dateline,
        String text,
        List<Caption> captions,
        List<Related> related,
        Credits credits,
        List<Warning> warnings) {

    public Document {
        captions = List.copyOf(captions);
        related = List.copyOf(related);
        warnings = List.copyOf(warnings);
    }
}
