package id.warta.extract;

import id.warta.extract.html.HtmlPage;
import id.warta.model.Document;
import id.warta.model.RawDocument;
import java.util.List;

/** The extraction stage's front door: raw document in, clean document out. */
public final class Extractor {
    private Extractor() {
    }

    public static Document extract(RawDocument raw) {
        return switch (raw.format()) {
            case TEXT -> ScrapedText.extract(raw);
            case HTML -> Assembly.of(raw, HtmlPage.read(raw.content(), raw.hints().url()));
        };
    }

    /**
     * Joins the pages of one article given together: a document whose address another one
     * lists among its further {@code pages} is appended to it. Order is kept; documents that
     * are no one's continuation pass through unchanged.
     */
    public static List<Document> mergePages(List<Document> docs) {
        return Pages.merge(docs);
    }
}
