package id.warta.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.extract.html.Witnessed.Witness;
import id.warta.model.Moment;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When the article was published and last modified. The publication time comes from the most to
 * the least trusted witness: the head's {@code <meta>} (as in htmldate: SEO plugins' JSON-LD
 * disagrees with it more often than the other way round), JSON-LD, marked-up {@code <time>} and
 * {@code itemprop} elements ({@link MarkupDates}, {@link TimeElements}), dates the page shows its
 * readers ({@link ShownDates}: by the headline, in date-like elements, {@code Selasa, 26 Mei 2026
 * 09:07 WIB}), a bare {@code <meta name="date">} (a CMS's page date, often its last edit), the URL
 * ({@code /2024/12/07/}), and last any short date line. Then the rules ({@link DateRules}) weigh
 * what the markup keeps against what the page shows, and the time is read on the page's own
 * clock. Kept to the minute.
 */
final class PageDates {
    /**
     * @param publishedIsUpdate the page says only when it was updated, and that day stands for its publication
     * @param witness           which witness gave the publication time ({@code meta}, {@code date-line} ...), or null
     */
    record Times(Moment published, Moment modified, boolean publishedIsUpdate, String witness) {
    }

    private PageDates() {
    }

    /** @param html the page's markup as fetched, scripts and all */
    static Times read(Markup markup, String html, Map<String, String> meta, JsonNode article, String url) {
        MarkupDates hidden = new MarkupDates(markup, html, meta, article);
        ShownDates shown = new ShownDates(markup);
        TimeElements times = new TimeElements(markup);
        DateRules rules = new DateRules(shown, times);
        Optional<Moment> jsonPublished = hidden.jsonLd("datePublished"), address = DateText.inAddress(url);
        Witnessed published = Witnessed.first(
                new Witness("meta", () -> hidden.meta("published")),
                new Witness("json-ld", () -> jsonPublished),
                new Witness("itemprop", () -> hidden.itemprop("datePublished")),
                new Witness("rdfa", hidden::rdfa),
                new Witness("time-element", times::published),
                new Witness("json-ld-created", () -> hidden.jsonLd("dateCreated")),
                new Witness("by-headline", shown::byHeadline),
                new Witness("date-class", shown::dateClassed),
                new Witness("published-label", shown::afterPublishedLabel),
                new Witness("meta-generic", () -> hidden.meta("generic")),
                new Witness("address", () -> address),
                new Witness("any-json-ld", hidden::anyJsonLd),
                new Witness("script", hidden::inScripts),
                new Witness("date-line", shown::anyDateLine));
        Moment modified = timeOf(Witnessed.first(
                new Witness("json-ld", () -> hidden.jsonLd("dateModified")),
                new Witness("meta", () -> hidden.meta("modified")),
                new Witness("itemprop", () -> hidden.itemprop("dateModified"))));
        // what the markup keeps, weighed against what the page shows its readers
        if (published != null) {
            published = rules.shownOfTwo(published, jsonPublished);
            published = DateRules.zoned(published, jsonPublished);
            published = rules.addressed(published, address);
            published = rules.shownUpdate(published, modified);
            published = rules.shownTime(published);
        }
        // a page that only says when it was last changed was at the latest published then: the
        // nearest day it gives, rather than none (htmldate falls back the same way)
        boolean fromUpdate = published == null;
        if (fromUpdate) {
            published = Witnessed.first(
                    new Witness("modified", () -> Optional.ofNullable(modified)),
                    new Witness("updated-line", shown::updatedLine));
        }
        Optional<ZoneId> zone = zone(hidden, times, timeOf(published), url);
        return new Times(rules.onPageDay(timeOf(published), zone), PageZone.localise(modified, zone), fromUpdate && published != null,
                published == null ? null : published.witness());
    }

    private static Moment timeOf(Witnessed w) {
        return w == null ? null : w.moment();
    }

    /** The zone the page's times are local to, from the offsets it writes, its language or its address. */
    private static Optional<ZoneId> zone(MarkupDates hidden, TimeElements times, Moment published, String url) {
        List<String> written = new ArrayList<>(hidden.written());
        written.addAll(times.written());
        hidden.sameInstantElsewhere(published).ifPresent(written::add);
        return PageZone.of(written, hidden.language(), url);
    }
}
