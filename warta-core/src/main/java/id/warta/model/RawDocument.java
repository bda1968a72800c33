package id.warta.model;

import java.util.List;

/**
 * An article as it arrived, before extraction: decoded text or markup plus what the
 * container said about it (a JSON Lines record's title and date, a WARC record's URI and fetch date, a feed entry's title).
 *
 * @param origin  where it came from
 * @param format  what {@code content} is
 * @param content the decoded characters
 * @param hints    metadata the container gave; fields may be null
 * @param warnings what reading it revealed (a guessed encoding, say)
 */
public record RawDocument(Origin origin, Format format, String content, Hints hints, List<Warning> warnings) {
    public RawDocument {
        warnings = List.copyOf(warnings);
    }

    public RawDocument(Origin origin, Format format, String content, Hints hints) {
        this(origin, format, content, hints, List.of());
    }

    public enum Format { TEXT, HTML }

    /**
     * Metadata given beside the content; every field may be null.
     *
     * @param fetched when a crawler fetched the page (a WARC record's {@code WARC-Date}), ISO 8601:
     *                a bound for the publication time (an article is published before it is
     *                fetched), never the publication time itself
     */
    public record Hints(String title, String url, String published, String outlet, String fetched) {
        public static final Hints NONE = new Hints(null, null, null, null, null);

        public Hints(String title, String url, String published, String outlet) {
            this(title, url, published, outlet, null);
        }
    }
}
