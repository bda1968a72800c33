package id.warta.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.model.Moment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The times a page's markup keeps for machines and never shows its readers: the head's
 * {@code <meta>} ({@code date-meta.tsv}), JSON-LD, {@code itemprop} and RDFa attributes, an
 * app's inline script data.
 */
final class MarkupDates {
    private static final List<String[]> META = Vocabulary.rows("date-meta.tsv");
    private static final Pattern JSON_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    /**
     * A publication time under a key of {@code date-meta.tsv} ({@code "published_at":"2019-03-02T06:22:28+01:00"})
     * in a page's inline scripts (an app's state, Next.js data), escaped inside a JSON string or not:
     * each key with its opening quote, found by {@link String#indexOf}, then what follows it.
     */
    private static final List<String> SCRIPT_KEYS = META.stream().filter(r -> r[0].equals("script")).map(r -> "\"" + r[1]).toList();
    private static final Pattern SCRIPT_VALUE = Pattern.compile("\\\\?\"\\s*:\\s*\\\\?\"(\\d{4}-[^\"\\\\]{5,35})");
    /** How many script dates are tried before giving up. */
    private static final int MAX_SCRIPT_DATES = 5;
    /** An ISO time with a UTC offset, anywhere in the page ({@code 2020-02-24T21:25:54-05:00}). */
    private static final Pattern OFFSET_TIME = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,6})?(?:Z|[+-]\\d{2}:?\\d{2})");
    /** How many ISO times of the page are compared with a publication time given in UTC. */
    private static final int MAX_OFFSET_TIMES = 40;

    private final Markup markup;
    private final String html;
    private final Map<String, String> meta;
    private final JsonNode article;

    /**
     * @param html    the page's markup as fetched, scripts and all
     * @param meta    the head's {@code <meta>} values by lower-case name or property
     * @param article the page's JSON-LD article object, or null
     */
    MarkupDates(Markup markup, String html, Map<String, String> meta, JsonNode article) {
        this.markup = markup;
        this.html = html;
        this.meta = meta;
        this.article = article;
    }

    /** The first {@code <meta>} of a kind of {@code date-meta.tsv} ({@code published}, {@code modified}, {@code generic}) that gives a time. */
    Optional<Moment> meta(String kind) {
        for (String[] row : META) {
            if (!row[0].equals(kind)) continue;
            Optional<Moment> m = DateText.parse(meta.get(row[1].toLowerCase(Locale.ROOT)));
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** A field of the JSON-LD article: {@code datePublished}, {@code dateCreated}, {@code dateModified}. */
    Optional<Moment> jsonLd(String field) {
        return DateText.parse(JsonLd.text(article, field));
    }

    /** {@code <time itemprop="datePublished" datetime=...>}, {@code <span itemprop=... content=...>}. */
    Optional<Moment> itemprop(String name) {
        for (Element e : markup.marked("[itemprop=" + name + "]")) {
            if (e.normalName().equals("meta")) continue; // already read as meta
            Optional<Moment> m = DateText.parse(attrOrText(e));
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** RDFa's schema.org dates: {@code <span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00">}. */
    Optional<Moment> rdfa() {
        for (Element e : markup.marked("[property$=datePublished], [property$=dateCreated]")) {
            Optional<Moment> m = DateText.parse(attrOrText(e));
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /**
     * {@code "datePublished"} anywhere in the page's JSON-LD, whatever the type of its object (a
     * recipe, a how-to): the least nested one of each script, the object's own.
     */
    Optional<Moment> anyJsonLd() {
        for (Element script : markup.tagged("script", "script[type=application/ld+json]")) {
            String json = JsonLd.data(script);
            Matcher m = JSON_PUBLISHED.matcher(json);
            Optional<Moment> best = Optional.empty();
            int bestDepth = Integer.MAX_VALUE, depth = 0, scanned = 0;
            boolean inString = false;
            while (m.find()) {
                // the object's own date, not a review's or a comment's nested in it: the shallowest wins
                for (; scanned < m.start(); scanned++) {
                    char c = json.charAt(scanned);
                    if (inString) {
                        if (c == '\\') scanned++;
                        else if (c == '"') inString = false;
                    } else if (c == '"') inString = true;
                    else if (c == '{' || c == '[') depth++;
                    else if (c == '}' || c == ']') depth--;
                }
                if (depth >= bestDepth) continue;
                Optional<Moment> d = DateText.parse(m.group(1));
                if (d.isPresent()) {
                    best = d;
                    bestDepth = depth;
                }
            }
            if (best.isPresent()) return best;
        }
        return Optional.empty();
    }

    /**
     * A publication time in the page's inline scripts, the first that reads as a date. The keys
     * are looked for with {@link String#indexOf} rather than a pattern tried at every position of
     * the page; the first few values after them, in page order, are tried.
     */
    Optional<Moment> inScripts() {
        List<int[]> values = new ArrayList<>(); // where the key is, where its value starts and ends
        Matcher m = SCRIPT_VALUE.matcher(html);
        for (String key : SCRIPT_KEYS) {
            int found = 0;
            for (int at = html.indexOf(key); at >= 0 && found < MAX_SCRIPT_DATES; at = html.indexOf(key, at + 1)) {
                if (m.region(at + key.length(), html.length()).lookingAt()) {
                    values.add(new int[] {at, m.start(1), m.end(1)});
                    found++;
                }
            }
        }
        values.sort(Comparator.comparingInt(v -> v[0]));
        for (int i = 0; i < values.size() && i < MAX_SCRIPT_DATES; i++) {
            Optional<Moment> d = DateText.parse(html.substring(values.get(i)[1], values.get(i)[2]));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The times as JSON-LD and the head write them, where one may carry the page's offset. */
    List<String> written() {
        List<String> out = new ArrayList<>();
        out.add(JsonLd.text(article, "datePublished"));
        out.add(JsonLd.text(article, "dateModified"));
        for (String[] row : META) out.add(meta.get(row[1].toLowerCase(Locale.ROOT)));
        return out;
    }

    /**
     * The publication instant as the page's scripts write it on the local clock, when the markup
     * gives it only in UTC ({@code content="2020-02-25T02:25:54+00:00"} in the head, an analytics
     * call's {@code "2020-02-24T21:25:54-05:00"} below): a time with an offset that is the same
     * instant is the page's own clock, surer than any guess from its language or address.
     */
    Optional<String> sameInstantElsewhere(Moment published) {
        if (published == null || published.time() == null || published.zone() == null
                || published.zone().getTotalSeconds() != 0) return Optional.empty();
        Instant instant = OffsetDateTime.of(published.date(), published.time(), published.zone()).toInstant();
        KeyedMatches m = new KeyedMatches(OFFSET_TIME, html, 'T', 10);
        for (int n = 0; n < MAX_OFFSET_TIMES && m.find(); n++) {
            Optional<Moment> d = DateText.parse(m.group());
            if (d.isEmpty() || d.get().time() == null || d.get().zone() == null || d.get().zone().getTotalSeconds() == 0) continue;
            Moment o = d.get();
            if (OffsetDateTime.of(o.date(), o.time(), o.zone()).toInstant().equals(instant)) return Optional.of(m.group());
        }
        return Optional.empty();
    }

    /** The language the page declares ({@code <html lang>}, else its locale meta), or "". */
    String language() {
        Element root = markup.dom().selectFirst("html");
        String lang = root == null ? "" : root.attr("lang");
        if (lang.isBlank()) lang = meta.getOrDefault("og:locale", meta.getOrDefault("content-language", ""));
        return lang;
    }

    private static String attrOrText(Element e) {
        for (String a : new String[] {"datetime", "content", "title"}) if (e.hasAttr(a)) return e.attr(a);
        return e.text();
    }
}
