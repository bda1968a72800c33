package id.warta.bench;

import id.warta.model.RawDocument;
import java.util.List;

/** The shared news for the index benchmarks, which cannot run without it. */
final class Corpus {
    private Corpus() {
    }

    static List<RawDocument> required() {
        List<RawDocument> docs = NewsCorpus.load();
        if (docs.isEmpty()) throw new IllegalStateException("shared/data/news not found: run from the checkout, or set WARTA_SHARED");
        return docs;
    }
}
