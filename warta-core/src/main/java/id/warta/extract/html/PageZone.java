package id.warta.extract.html;

import id.warta.dates.DateParser;
import id.warta.model.Moment;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone a page's times are local to, so that a timestamp written in UTC is read on
 * the page's own day (as htmldate does): an offset the page writes on another of its times,
 * else the zone of the region its language tag or address names ({@code zones.tsv}), else of
 * its language. Unknown (empty) for pages that say nothing of their place.
 */
final class PageZone {
    private static final Map<String, ZoneId> BY_REGION = new HashMap<>();
    private static final Map<String, ZoneId> BY_LANGUAGE = new HashMap<>();

    static {
        for (String[] row : Vocabulary.rows("zones.tsv")) {
            (row[0].equals("region") ? BY_REGION : BY_LANGUAGE).put(row[1], ZoneId.of(row[2]));
        }
    }

    private PageZone() {
    }

    /**
     * @param written   time strings the page gives (meta values, JSON-LD, {@code <time datetime>})
     * @param language  the page's language tag ({@code de-AT}), or null
     * @param url       its address, or null
     */
    static Optional<ZoneId> of(List<String> written, String language, String url) {
        for (String s : written) {
            Optional<Moment> m = s == null ? Optional.empty() : DateParser.parse(s);
            if (m.isPresent() && m.get().zone() != null && m.get().zone().getTotalSeconds() != 0) {
                return Optional.of(m.get().zone());
            }
        }
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = lang.indexOf('-');
        if (dash > 0 && BY_REGION.containsKey(lang.substring(dash + 1))) return Optional.of(BY_REGION.get(lang.substring(dash + 1)));
        String tld = topLevelDomain(url);
        if (tld != null && BY_REGION.containsKey(tld)) return Optional.of(BY_REGION.get(tld));
        String primary = dash > 0 ? lang.substring(0, dash) : lang;
        return Optional.ofNullable(BY_LANGUAGE.get(primary));
    }

    /** The moment on the page's local clock when it was written in UTC; otherwise unchanged. */
    static Moment localise(Moment m, Optional<ZoneId> zone) {
        if (m == null || m.time() == null || m.zone() == null || m.zone().getTotalSeconds() != 0 || zone.isEmpty()) return m;
        OffsetDateTime local = OffsetDateTime.of(m.date(), m.time(), m.zone()).atZoneSameInstant(zone.get()).toOffsetDateTime();
        return Moment.of(local);
    }

    private static String topLevelDomain(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            return host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
