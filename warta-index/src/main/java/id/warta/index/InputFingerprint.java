package id.warta.index;

import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Hints;

/** A hash of a raw input (content and the metadata given beside it), so re-reading it can skip analysis. */
public final class InputFingerprint {
    private InputFingerprint() {
    }

    public static String of(RawDocument raw) {
        Hints h = raw.hints() == null ? Hints.NONE : raw.hints();
        return ArticleKey.sha256(raw.format() + "\u0000" + h.title() + "\u0000" + h.url() + "\u0000" + h.published()
                + "\u0000" + h.outlet() + "\u0000" + raw.content());
    }
}
