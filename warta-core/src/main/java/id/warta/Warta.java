package id.warta;

import id.warta.model.Article;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import id.warta.model.RawDocument.Hints;
import id.warta.pipeline.Pipeline;

/**
 * Warta's front door for library users: analyse an article's text in one call.
 * <pre>{@code
 * Article a = Warta.analyze(text);
 * a.quotes().forEach(q -> System.out.println(q.speaker().name() + ": " + q.text()));
 * }</pre>
 */
public final class Warta {
    private static final Pipeline PIPELINE = new Pipeline();

    private Warta() {
    }

    /** The shared pipeline, for callers that bring their own {@link RawDocument}s. */
    public static Pipeline pipeline() {
        return PIPELINE;
    }

    /** Analyses scraped article text (title line first, as portals' text dumps have it). */
    public static Article analyze(String text) {
        return PIPELINE.analyze(new RawDocument(Origin.file("-"), Format.TEXT, text, Hints.NONE));
    }

    /** Analyses body text whose title, URL and publication date are known. */
    public static Article analyze(String text, Hints hints) {
        return PIPELINE.analyze(new RawDocument(Origin.file("-"), Format.TEXT, text, hints));
    }
}
