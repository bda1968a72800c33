package id.warta.ingest;

import id.warta.model.Moment;
import id.warta.model.Origin;
import id.warta.model.RawDocument.Format;

/**
 * One entry of a feed or sitemap: an article's URL and what the feed says about it.
 *
 * @param origin    the file and the line where the entry starts
 * @param kind      an article, or a further sitemap (an entry of a sitemap index)
 * @param url       RSS {@code link} (else a permalink {@code guid}), Atom {@code link}, sitemap {@code loc}
 * @param title     RSS or Atom {@code title}, Google News {@code news:title}; may be null
 * @param published RSS {@code pubDate}, Atom {@code published}, {@code news:publication_date},
 *                  Dublin Core {@code dc:date}; null when not given or not a date
 * @param modified  Atom {@code updated}, sitemap {@code lastmod}; may be null
 * @param outlet    the publication's name ({@code news:name}), else the feed's title; may be null
 * @param language  {@code news:language}, else the feed's language; may be null
 * @param content   the article itself when the feed carries it (RSS {@code content:encoded},
 *                  Atom {@code content}), else null: most feeds give links and summaries only
 */
public record FeedEntry(Origin origin, Kind kind, String url, String title, Moment published, Moment modified,
                        String outlet, String language, Content content) {

    public enum Kind { ARTICLE, SITEMAP }

    /** An article's text or markup as a feed carries it. */
    public record Content(String text, Format format) {
    }
}
