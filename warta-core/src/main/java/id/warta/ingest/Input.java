package id.warta.ingest;

import id.warta.model.Article;
import id.warta.model.Origin;
import id.warta.model.RawDocument;

/**
 * One item read from an input: a document, an article analysed already, the reason a part of
 * the input was skipped, or a summary of what a container held besides its documents.
 */
public sealed interface Input {
    Origin origin();

    record Read(RawDocument document) implements Input {
        @Override
        public Origin origin() {
            return document.origin();
        }
    }

    /**
     * An article analysed already: a record of {@code warta analyze -f jsonl} output, read back
     * as it is (indexing it needs no second analysis).
     */
    record Analysed(Origin origin, Article article) implements Input {
    }

    /** A part of the input that should have given a document and did not: a problem to report. */
    record Skipped(Origin origin, String reason) implements Input {
    }

    /**
     * What a container (a WARC archive) held besides the documents it gave: records passed
     * over by design because they hold no article (requests, images, scripts, redirects).
     * Information, not a problem.
     */
    record Summary(Origin origin, String message) implements Input {
    }
}
