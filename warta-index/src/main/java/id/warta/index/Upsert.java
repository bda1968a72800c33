package id.warta.index;

/**
 * What indexing one article did.
 *
 * @param id      the article's id in the index
 * @param outcome added, updated, or unchanged (nothing written)
 */
public record Upsert(String id, Outcome outcome) {
    public enum Outcome {
        /** A new article. */
        ADDED,
        /** An article with the same key was there, with other content: replaced. */
        UPDATED,
        /** The same article with the same content was there: nothing written. */
        UNCHANGED
    }
}
