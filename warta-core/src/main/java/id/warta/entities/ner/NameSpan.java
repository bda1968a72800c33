package id.warta.entities.ner;

import id.warta.model.EntityType;

/** A name the tagger found (or a corpus marks): tokens {@code [start, end)} of a sentence, and its type. */
public record NameSpan(int start, int end, EntityType type) {
    public NameSpan {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
}
