package id.warta.ingest;

import id.warta.model.Origin;
import id.warta.model.RawDocument;

/** One item read from an input: a document, or the reason a part of the input was skipped. */
public sealed interface Input {
    Origin origin();

    record Read(RawDocument document) implements Input {
        @Override
        public Origin origin() {
            return document.origin();
        }
    }

    record Skipped(Origin origin, String reason) implements Input {
    }
}
