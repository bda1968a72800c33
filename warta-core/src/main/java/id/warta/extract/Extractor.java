package id.warta.extract;

import id.warta.model.Document;
import id.warta.model.RawDocument;

/** The extraction stage's front door: raw document in, clean document out. */
public final class Extractor {
    private Extractor() {
    }

    public static Document extract(RawDocument raw) {
        return switch (raw.format()) {
            case TEXT -> ScrapedText.extract(raw);
            case HTML -> throw new UnsupportedOperationException("HTML extraction is not built yet: " + raw.origin());
        };
    }
}
