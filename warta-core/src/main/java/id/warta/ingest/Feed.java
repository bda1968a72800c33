package id.warta.ingest;

import id.warta.model.Origin;
import java.util.List;

/**
 * A feed or sitemap read whole: {@link Feeds#read}.
 *
 * @param origin  the file
 * @param type    what it is, or null when it is not a feed or sitemap
 * @param title   the feed's title (RSS channel, Atom feed), or null
 * @param entries its entries in file order, up to a problem if there was one
 * @param problem why reading stopped early (broken XML, a DTD declaring entities, not a feed), or null
 */
public record Feed(Origin origin, Type type, String title, List<FeedEntry> entries, Problem problem) {
    public Feed {
        entries = List.copyOf(entries);
    }

    public enum Type {
        RSS("an RSS feed"), ATOM("an Atom feed"), SITEMAP("a sitemap"), SITEMAP_INDEX("a sitemap index");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** For messages: {@code an RSS feed}, {@code a sitemap index}. */
        public String label() {
            return label;
        }
    }

    /** Why a feed could not be read to its end, and where. */
    public record Problem(Origin origin, String message) {
    }
}
