package id.warta.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.dates.DateParser;
import id.warta.model.Moment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * When the article was published and last modified, from the most to the least trusted
 * witness: {@code <meta>} ({@code date-meta.tsv}; the head comes first, as in htmldate: SEO
 * plugins' JSON-LD disagrees with it more often than the other way round), JSON-LD, marked-up {@code <time>} and
 * {@code itemprop} elements, visible dates in date-like elements ({@code Selasa, 26 Mei 2026
 * 09:07 WIB}), then a bare {@code <meta name="date">} (a CMS's page date, often its last edit),
 * and last the URL ({@code /2024/12/07/}). Kept to the minute.
 */
final class PageDates {
    /**
     * @param publishedIsUpdate the page says only when it was updated, and that day stands for its publication
     * @param witness           which witness gave the publication time ({@code meta}, {@code date-line} ...), or null
     */
    record Times(Moment published, Moment modified, boolean publishedIsUpdate, String witness) {
    }

    private static final List<String[]> META = Vocabulary.rows("date-meta.tsv");
    /** What a page writes before its publication day ({@code Erschienen am:}), longest first ({@code published-labels.tsv}). */
    private static final List<String> PUBLISHED_LABELS = Vocabulary.words("published-labels.tsv").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** Class and id words of elements that show a date; a plain search, run on every element of the page. */
    private static final List<String> DATE_CLASS = classWords("date");
    /** Class and id words of elements that date something else: a comment, a reply ({@code date-classes.tsv}). */
    private static final List<String> OTHER_CLASS = classWords("other");
    /** Whole class names and ids of a site's clock, which shows today's date ({@code <span id="uhr">}). */
    private static final java.util.Set<String> CLOCK = java.util.Set.copyOf(classWords("clock"));
    /** A blog's classes naming the post's category or tags ({@code category-der-kommentar}): what it is about, not what it is. */
    private static final Pattern TAXONOMY = Pattern.compile("category-|tag-");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** How many words may stand before the marker of the last change ("This page was last edited"). */
    private static final int MAX_WORDS_BEFORE_MODIFIED = 4;
    /** A text that says its date is the last change ({@code modified-labels.tsv}). */
    private static final Pattern MODIFIED_WORDS = modifiedWords();
    /** A change word anywhere in a text ({@code modified-labels.tsv}): {@code November 28, 2013 -- Updated 0203 GMT}. */
    private static final Pattern CHANGE_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|", Vocabulary.rows("modified-labels.tsv").stream()
            .filter(r -> r[0].equals("change")).map(r -> Pattern.quote(r[1])).toList()) + ")");
    private static final Pattern URL_YMD = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$|\\D)");
    /** A day-first date as a path segment: {@code /meldungen/29-10-2021}. */
    private static final Pattern URL_DMY = Pattern.compile("/(\\d{1,2})[-.](\\d{1,2})[-.]((?:19|20)\\d{2})(?:[/._-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\d{0,6})(?:[/._-]|$)");
    private static final Pattern JSON_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    /**
     * A publication time under a key of {@code date-meta.tsv} ({@code "published_at":"2019-03-02T06:22:28+01:00"})
     * in a page's inline scripts (an app's state, Next.js data), escaped inside a JSON string or not:
     * each key with its opening quote, found by {@link String#indexOf}, then what follows it.
     */
    private static final List<String> SCRIPT_KEYS = META.stream().filter(r -> r[0].equals("script")).map(r -> "\"" + r[1]).toList();
    private static final Pattern SCRIPT_VALUE = Pattern.compile("\\\\?\"\\s*:\\s*\\\\?\"(\\d{4}-[^\"\\\\]{5,35})");
    /** Witnesses of the publication time that a reader never sees: the head's, JSON-LD's, a script's. */
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("meta", "json-ld", "json-ld over meta", "itemprop", "rdfa",
            "meta-generic", "any-json-ld", "script");
    /** A machine timestamp written out as text ({@code <time itemprop="datePublished">2021-10-27T20:35:36+01:00</time>}). */
    private static final Pattern MACHINE_TIME = Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final int MAX_TIME_ELEMENTS = 10;
    /** An ISO time with a UTC offset, anywhere in the page ({@code 2020-02-24T21:25:54-05:00}). */
    private static final Pattern OFFSET_TIME = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,6})?(?:Z|[+-]\\d{2}:?\\d{2})");
    /** How many ISO times of the page are compared with a publication time given in UTC. */
    private static final int MAX_OFFSET_TIMES = 40;
    /** How many script dates are tried before giving up. */
    private static final int MAX_SCRIPT_DATES = 5;
    /** A linked date line with more letters than this ("Montag, 14. September 2022") is a title. */
    private static final int MAX_LINKED_DATE_LETTERS = 20;
    /** How far up a date line looks for the link or the comment it may belong to. */
    private static final int LINK_LEVELS = 3;
    /** How far up a date looks for the comment or related article it may belong to (li.related > article > div > p > time). */
    private static final int OTHER_LEVELS = 5;
    /** Elements whose own text is longer than this are prose, not a date line. */
    private static final int MAX_DATE_LINE = 120;
    private static final int MIN_DATE_LINE = 6;
    private static final java.util.Set<String> LISTS = java.util.Set.of("ul", "ol", "nav", "menu");
    /** A list of this many linked items is a menu or an archive, whose dates are other pages'. */
    private static final int MIN_MENU_LINKS = 3;
    private static final Pattern SENTENCE_WORD = Pattern.compile("\\p{L}{2,}");
    /** A mark of a bibliographic reference before a number ({@code reference-marks.tsv}): {@code DOI 10.1126}, {@code Vol. 371}. */
    private static final Pattern REFERENCE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + String.join("|",
            Vocabulary.words("reference-marks.tsv").stream().map(Pattern::quote).toList()) + ")[\\s:]{1,3}\\d");
    /** The number a numbered heading or list item opens with ({@code 2. Welche neuen Umlagen gelten seit dem 1. Oktober 2022?}). */
    private static final Pattern ENUMERATOR = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\p{L})");
    /** Words before the date that make a line ending in a full stop a sentence. */
    private static final int MIN_SENTENCE_WORDS = 4;
    /** An {@code <h1>} of this many words is a headline, not the site's name. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** What separates the parts of a line of labels and values ({@code page revision: 8, last edited: ...}). */
    private static final String LABEL_SEPARATORS = ",;|·";
    /** A label before a date ("Zuletzt geändert am:") is no longer than this. */
    private static final int MAX_LABEL = 40;
    /** How much of a paragraph that opens with a digit is read for its date. */
    private static final int OPENING_DATE_CHARS = 24;
    /** A dateline before a bar that opens a paragraph is no longer than this. */
    private static final int MAX_DATELINE_HEAD = 60;
    /** Two days of a range before the month they share: {@code 14. - 20. Januar}, {@code 9-11 September}. */
    private static final Pattern DAY_RANGE = Pattern.compile("(?<![\\d./:-])(\\d{1,2})\\.?\\s?[-\u2013]\\s?(\\d{1,2})\\.?\\s+\\p{L}");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

    private PageDates() {
    }

    /** @param html the page's markup as fetched, scripts and all */
    static Times read(Markup markup, String html, Map<String, String> meta, JsonNode article, String url) {
        Document dom = markup.dom();
        Optional<Moment> jsonPublished = fromJson(article, "datePublished"), urlDate = fromUrl(url);
        Witnessed found = first(
                new Witness("meta", () -> fromMeta(meta, "published")),
                new Witness("json-ld", () -> jsonPublished),
                new Witness("itemprop", () -> marked(markup, "datePublished")),
                new Witness("rdfa", () -> rdfa(markup)),
                new Witness("time-element", () -> timeElement(markup)),
                new Witness("json-ld-created", () -> fromJson(article, "dateCreated")),
                new Witness("by-headline", () -> byHeadline(markup)),
                new Witness("date-class", () -> visible(markup)),
                new Witness("published-label", () -> labelledPublished(markup)),
                new Witness("meta-generic", () -> fromMeta(meta, "generic")),
                new Witness("address", () -> urlDate),
                new Witness("any-json-ld", () -> anyJsonLd(markup)),
                new Witness("script", () -> inScripts(html)),
                new Witness("date-line", () -> anyDateLine(markup)));
        if (found != null && found.witness().equals("meta")) found = shownOfTwo(found, jsonPublished, markup);
        Moment published = found == null ? null : zoned(found.moment(), jsonPublished);
        String witness = found == null ? null : found.witness();
        Moment fromAddress = addressed(published, urlDate);
        if (fromAddress != published) witness = "address over " + witness;
        published = fromAddress;
        Moment modified = first(
                () -> fromJson(article, "dateModified"),
                () -> fromMeta(meta, "modified"),
                () -> marked(markup, "dateModified"));
        // a page republished as new shows its readers the day of the last change as its date, never the
        // first publication its markup keeps; a page that calls the day it shows an update keeps the publication
        if (published != null && modified != null && HIDDEN.contains(witness) && showsOnlyUpdate(markup, published, modified)) {
            published = modified;
            witness = "shown update over " + witness;
        }
        // a publication time in the markup that the page shows nowhere, while its <time> element shows
        // another day (a CMS's import stamp in the head): the <time> is the date the page gives
        if (published != null && HIDDEN.contains(witness)) {
            Optional<Moment> shown = firstShownTime(markup);
            if (shown.isPresent() && !shown.get().date().equals(published.date()) && !showsAnywhere(markup, published.date())) {
                published = shown.get();
                witness = "shown time over " + witness;
            }
        }
        // a page that only says when it was last changed was at the latest published then: the
        // nearest day it gives, rather than none (htmldate falls back the same way)
        boolean fromUpdate = published == null;
        if (fromUpdate) {
            published = modified != null ? modified : updatedLine(markup).orElse(null);
            witness = published == null ? null : modified != null ? "modified" : "updated-line";
        }
        List<String> written = written(markup, meta, article);
        sameInstantElsewhere(html, published).ifPresent(written::add);
        Optional<ZoneId> zone = PageZone.of(written, language(dom, meta), url);
        Moment local = PageZone.localise(published, zone);
        // local midnight is a day entered without a time, stored as UTC: the local day, whatever a page built in UTC shows
        if (local != published && !local.date().equals(published.date()) && !java.time.LocalTime.MIDNIGHT.equals(local.time())
                && showsDay(markup, published)) local = published;
        return new Times(local, PageZone.localise(modified, zone), fromUpdate && published != null,
                witness);
    }

    /**
     * Whether the page shows its readers the day of its last change, without calling it a change,
     * and nowhere the day of the publication time its markup keeps ({@code article:published_time}
     * 2021-11-29, {@code article:modified_time} 2022-01-12, and under the byline only
     * {@code 12.01.2022}): the date the reader is told is the page's. A date line that says
     * {@code Updated}, a linked title's or a comment's date shows no such thing.
     */
    private static boolean showsOnlyUpdate(Markup markup, Moment published, Moment modified) {
        LocalDate pub = published.date(), mod = modified.date();
        if (pub.equals(mod)) return false;
        boolean showsModified = false;
        int looked = 0;
        for (Element e : markup.inBody()) {
            Optional<Moment> m = shownDate(e);
            if (m.isEmpty()) continue;
            if (++looked > Thresholds.MAX_DATE_LINES) break;
            LocalDate d = m.get().date();
            if (d.equals(pub)) return false;
            if (d.equals(mod) && !datesOther(e) && !calledChange(e) && !(letters(e.ownText()) > MAX_LINKED_DATE_LETTERS && inLink(e))) {
                showsModified = true;
            }
        }
        return showsModified;
    }

    /** Whether any short line of the page shows its readers the day. */
    private static boolean showsAnywhere(Markup markup, LocalDate day) {
        int looked = 0;
        for (Element e : markup.inBody()) {
            Optional<Moment> m = shownDate(e);
            if (m.isEmpty()) continue;
            if (m.get().date().equals(day)) return true;
            if (++looked > Thresholds.MAX_DATE_LINES) break;
        }
        return false;
    }

    /**
     * The date an element's own short text shows its readers; a machine timestamp written out as
     * text ({@code <time itemprop="datePublished">2021-10-27T20:35:36+01:00</time>}) is markup, not for readers.
     */
    private static Optional<Moment> shownDate(Element e) {
        String own = e.ownText();
        if (own.length() < MIN_DATE_LINE || own.length() > MAX_DATE_LINE || !hasYear(own) || MACHINE_TIME.matcher(own).lookingAt()) {
            return Optional.empty();
        }
        return parse(own);
    }

    /**
     * The time of the page's first {@code <time datetime>} (not a comment's, a related article's or
     * one called a change), when its text shows that day ({@code <time datetime="2022-03-09">09.03.2022</time>});
     * empty when the first shows another day or none ({@code 8h}).
     */
    private static Optional<Moment> firstShownTime(Markup markup) {
        for (Element t : markup.tagged("time", "time[datetime]")) {
            if (datesOther(t) || calledChange(t)) continue;
            Optional<Moment> m = parse(t.attr("datetime"));
            if (m.isEmpty()) continue;
            Optional<Moment> shown = parse(t.text());
            return shown.isPresent() && m.get().date().equals(shown.get().date()) ? m : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The date line set right before or after the page's headline, as a kicker or a byline
     * ({@code <p class="subline">21. Jan 2022 // Dominik Ricker</p><h1>}): the article's own,
     * before any date-like element further on, which may be a teaser card's.
     */
    private static Optional<Moment> byHeadline(Markup markup) {
        List<Element> h1s = markup.tagged("h1");
        if (h1s.isEmpty()) return Optional.empty();
        Element h1 = h1s.get(0);
        for (Element near : new Element[] {h1.previousElementSibling(), h1.nextElementSibling()}) {
            if (near == null || LISTS.contains(near.normalName())) continue; // a menu's or an archive's dates are other pages'
            String text = near.text();
            if (text.length() < MIN_DATE_LINE || text.length() > MAX_DATE_LINE || !hasYear(text)) continue;
            if (MODIFIED_WORDS.matcher(text).find() || datedAsModified(text) || opensWithModified(near) || datesOther(near)
                    || isSentence(text) || REFERENCE.matcher(text).find()) continue;
            Optional<Moment> m = parse(text);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /**
     * Whether the date's line calls it a change: a change word in the element
     * ({@code November 28, 2013 -- Updated 0203 GMT}), in its parent's short text
     * ({@code Updated <time>Jul 24, 2018</time>}) or in a label just before it.
     */
    private static boolean calledChange(Element e) {
        String line = e.text();
        if (CHANGE_WORD.matcher(line.length() <= MAX_DATE_LINE ? line : e.ownText()).find()) return true;
        Element parent = e.parent();
        return parent != null && parent.ownText().length() <= MAX_LABEL && CHANGE_WORD.matcher(parent.ownText()).find()
                || e.previousElementSibling() != null && isModifiedLabel(e.previousElementSibling().text());
    }

    /** One witness of the publication time, named for diagnostics ({@code warta eval extraction --details}). */
    private record Witness(String name, java.util.function.Supplier<Optional<Moment>> read) {
    }

    private record Witnessed(String witness, Moment moment) {
    }

    /** The first witness that gives a time, or null. */
    private static Witnessed first(Witness... witnesses) {
        for (Witness w : witnesses) {
            Optional<Moment> m = w.read().get();
            if (m.isPresent()) return new Witnessed(w.name(), m.get());
        }
        return null;
    }

    /**
     * Whether the page shows its readers the UTC day of a publication time written in UTC, where
     * the zone guessed for it would move it across midnight: the {@code <time>} element of that
     * instant writes it ({@code datetime="2019-12-26T23:07:45+00:00">26/12/2019}), or else the
     * first date-like element does. A site whose clock is UTC (or that writes its local time as
     * UTC) is dated as it dates itself.
     */
    private static boolean showsDay(Markup markup, Moment utc) {
        for (Element t : markup.tagged("time", "time[datetime]")) {
            Optional<Moment> m = parse(t.attr("datetime"));
            if (m.isEmpty() || !m.get().equals(toMinute(utc))) continue;
            Optional<Moment> shown = parse(t.text());
            if (shown.isPresent()) return shown.get().date().equals(utc.date());
        }
        Optional<Moment> shown = visible(markup);
        return shown.isPresent() && shown.get().date().equals(utc.date());
    }

    /**
     * The head's publication time or JSON-LD's, when the two name different days: the one whose
     * day the page shows its readers. A CMS that rewrites {@code article:published_time} at each
     * edit leaves JSON-LD's first publication standing, and the page's date line with it
     * ({@code Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7}); a JSON-LD date an SEO plugin got wrong
     * is shown nowhere, and the head stands. Asked only when the two disagree.
     */
    private static Witnessed shownOfTwo(Witnessed meta, Optional<Moment> json, Markup markup) {
        if (json.isEmpty() || json.get().date().equals(meta.moment().date())) return meta;
        Optional<Moment> shown = visible(markup);
        if (shown.isEmpty()) shown = anyDateLine(markup);
        return shown.isPresent() && shown.get().date().equals(json.get().date()) ? new Witnessed("json-ld over meta", json.get()) : meta;
    }

    /**
     * The day the address gives ({@code /2017/7/12/}) over a publication time the page writes days
     * away from it: an address is minted once, when the article first goes out, while a CMS rewrites
     * its published time when the article is moved, republished or imported. Within a day or two the
     * page's time stands: the address may give the day in another time zone.
     */
    private static Moment addressed(Moment m, Optional<Moment> fromUrl) {
        if (m == null || fromUrl.isEmpty()) return m;
        long apart = Math.abs(ChronoUnit.DAYS.between(fromUrl.get().date(), m.date()));
        return apart > Thresholds.MAX_ADDRESS_DATE_GAP_DAYS ? fromUrl.get() : m;
    }

    /** The same local time with the offset another witness writes for it, when the first writes none. */
    private static Moment zoned(Moment m, Optional<Moment> other) {
        if (m == null || m.zone() != null || other.isEmpty() || other.get().zone() == null) return m;
        Moment o = other.get();
        return o.date().equals(m.date()) && java.util.Objects.equals(o.time(), m.time()) ? o : m;
    }

    /**
     * The publication instant as the page's scripts write it on the local clock, when the markup
     * gives it only in UTC ({@code content="2020-02-25T02:25:54+00:00"} in the head, an analytics
     * call's {@code "2020-02-24T21:25:54-05:00"} below): a time with an offset that is the same
     * instant is the page's own clock, surer than any guess from its language or address.
     */
    private static Optional<String> sameInstantElsewhere(String html, Moment published) {
        if (published == null || published.time() == null || published.zone() == null
                || published.zone().getTotalSeconds() != 0) return Optional.empty();
        java.time.Instant instant = OffsetDateTime.of(published.date(), published.time(), published.zone()).toInstant();
        KeyedMatches m = new KeyedMatches(OFFSET_TIME, html, 'T', 10);
        for (int n = 0; n < MAX_OFFSET_TIMES && m.find(); n++) {
            Optional<Moment> d = parse(m.group());
            if (d.isEmpty() || d.get().time() == null || d.get().zone() == null || d.get().zone().getTotalSeconds() == 0) continue;
            Moment o = d.get();
            if (OffsetDateTime.of(o.date(), o.time(), o.zone()).toInstant().equals(instant)) return Optional.of(m.group());
        }
        return Optional.empty();
    }

    /** The times the page writes in its markup, where one may carry the page's offset. */
    private static List<String> written(Markup markup, Map<String, String> meta, JsonNode article) {
        List<String> out = new ArrayList<>();
        out.add(JsonLd.text(article, "datePublished"));
        out.add(JsonLd.text(article, "dateModified"));
        for (String[] row : META) out.add(meta.get(row[1].toLowerCase(Locale.ROOT)));
        int n = 0;
        for (Element t : markup.tagged("time", "time[datetime]")) {
            if (++n > MAX_TIME_ELEMENTS) break;
            out.add(t.attr("datetime"));
        }
        return out;
    }

    private static String language(Document dom, Map<String, String> meta) {
        Element html = dom.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) lang = meta.getOrDefault("og:locale", meta.getOrDefault("content-language", ""));
        return lang;
    }

    /**
     * {@code "datePublished"} anywhere in the page's JSON-LD, whatever the type of its object (a
     * recipe, a how-to): the least nested one of each script, the object's own.
     */
    private static Optional<Moment> anyJsonLd(Markup markup) {
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
                Optional<Moment> d = parse(m.group(1));
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
    private static Optional<Moment> inScripts(String html) {
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
        values.sort(java.util.Comparator.comparingInt(v -> v[0]));
        for (int i = 0; i < values.size() && i < MAX_SCRIPT_DATES; i++) {
            Optional<Moment> d = parse(html.substring(values.get(i)[1], values.get(i)[2]));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Moment first(java.util.function.Supplier<Optional<Moment>>... witnesses) {
        for (var w : witnesses) {
            Optional<Moment> m = w.get();
            if (m.isPresent()) return m.get();
        }
        return null;
    }

    private static Optional<Moment> fromJson(JsonNode article, String field) {
        return parse(JsonLd.text(article, field));
    }

    private static Optional<Moment> fromMeta(Map<String, String> meta, String kind) {
        for (String[] row : META) {
            if (!row[0].equals(kind)) continue;
            Optional<Moment> m = parse(meta.get(row[1].toLowerCase(Locale.ROOT)));
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** {@code <time itemprop="datePublished" datetime=...>}, {@code <span itemprop=... content=...>}. */
    private static Optional<Moment> marked(Markup markup, String itemprop) {
        for (Element e : markup.marked("[itemprop=" + itemprop + "]")) {
            if (e.normalName().equals("meta")) continue; // already read as meta
            Optional<Moment> m = parse(attrOrText(e));
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** RDFa's schema.org dates: {@code <span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00">}. */
    private static Optional<Moment> rdfa(Markup markup) {
        for (Element e : markup.marked("[property$=datePublished], [property$=dateCreated]")) {
            Optional<Moment> m = parse(attrOrText(e));
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** The first {@code <time datetime>} marked as the publication time, else the first at all; not a comment's. */
    private static Optional<Moment> timeElement(Markup markup) {
        var times = markup.tagged("time", "time[datetime]").stream().filter(t -> !datesOther(t)).toList();
        for (Element t : times) {
            String cls = (t.className() + " " + t.id()).toLowerCase(Locale.ROOT);
            if (t.hasAttr("pubdate") || cls.contains("publish") || cls.contains("entry-date")) {
                Optional<Moment> m = parse(t.attr("datetime"));
                if (m.isPresent()) return m;
            }
        }
        for (Element t : times) {
            if (MODIFIED_WORDS.matcher(t.parent() == null ? "" : t.parent().ownText()).find()) continue;
            Optional<Moment> m = parse(t.attr("datetime"));
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** Dates written out in elements whose class or id speaks of dates: {@code <div class="detail__date">}. */
    private static Optional<Moment> visible(Markup markup) {
        int looked = 0;
        Map<String, Boolean> dateLike = new HashMap<>(); // pages repeat their class names
        Optional<Moment> withShortYear = Optional.empty();
        for (Element e : markup.inBody()) {
            String className = e.className(), id = e.id();
            if (className.isEmpty() && id.isEmpty()) continue;
            if (!dateLike.computeIfAbsent(className + "#" + id,
                    k -> speaksOfDates(k.toLowerCase(Locale.ROOT)))) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_DATE_LINE) continue;
            if (++looked > Thresholds.MAX_DATE_ELEMENTS) break;
            if (MODIFIED_WORDS.matcher(text).find() || datedAsModified(text) || labelledModified(e) || datesOther(e)) continue;
            Optional<Moment> m = parse(text);
            if (m.isEmpty() && e.childrenSize() > 0) m = parse(spaced(e));
            if (m.isPresent()) return m;
            if (withShortYear.isEmpty()) withShortYear = shortYear(text);
        }
        return withShortYear; // a full year anywhere is the surer witness
    }

    /**
     * The element's text with a space between the texts of its parts: a date widget writes day,
     * month and year in elements of their own that the page lays out apart but whose texts touch
     * ({@code <span class="tag">18</span><span class="jahr">2009</span>}).
     */
    private static String spaced(Element e) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) out.append(t.text()).append(' ');
        }, e);
        return out.toString();
    }

    /**
     * A date with a two-digit year, as German-speaking pages write it in their date lines
     * ({@code 28.01.22}): read only in elements that speak of dates, where it cannot be a
     * version number or a score.
     */
    private static Optional<Moment> shortYear(String text) {
        Matcher m = SHORT_YEAR.matcher(text);
        if (!m.find()) return Optional.empty();
        try {
            return plausible(Moment.of(LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Last resort: the first short line of the page that is a date ({@code Veröffentlicht am 25.01.2022}). */
    private static Optional<Moment> anyDateLine(Markup markup) {
        int looked = 0;
        for (Element e : markup.inBody()) {
            if (!e.hasText()) continue;
            String own = e.ownText();
            // a linked title with a date in it is another page's ("Regelungen (zum 28.02.2017 gekündigt)"); a linked bare date is this one's
            if (letters(own) > MAX_LINKED_DATE_LETTERS && inLink(e)) continue;
            if (own.length() > MAX_DATE_LINE) own = opening(own);
            if (own.length() < MIN_DATE_LINE || own.length() > MAX_DATE_LINE || !hasDigit(own) || inMenu(e)) continue;
            if (++looked > Thresholds.MAX_DATE_LINES) break;
            if (MODIFIED_WORDS.matcher(own).find() || opensWithModified(e) || datesOther(e) || labelledModified(e)
                    || isSentence(own) || REFERENCE.matcher(own).find()) continue;
            Optional<Moment> m = parse(own);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /**
     * The day a label of {@code published-labels.tsv} gives, wherever it stands on the page (a
     * review site's footer, {@code Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023}): a
     * text that opens with the label and goes on with the date, or a label standing alone before it
     * ({@code <span>Erschienen am:</span><h2>13.10.2021</h2>}). Not a comment's, nor the masthead's.
     */
    private static Optional<Moment> labelledPublished(Markup markup) {
        for (Element e : markup.inBody()) {
            for (int i = 0; i < e.childNodeSize(); i++) {
                if (!(e.childNode(i) instanceof TextNode t)) continue;
                String text = t.text().strip();
                String label = publishedLabel(text);
                if (label == null || datesOther(e)) continue;
                String rest = text.substring(label.length());
                // a word going on ("Erschienen im Verlag") is no label; a colon or a space then the date is
                if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) continue;
                if (rest.strip().length() <= 1) rest = nextText(t);
                if (rest.length() > MAX_DATE_LINE) rest = rest.substring(0, MAX_DATE_LINE);
                Optional<Moment> m = parse(rest);
                if (m.isPresent()) return m;
            }
        }
        return Optional.empty();
    }

    private static String publishedLabel(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) return null;
        for (String label : PUBLISHED_LABELS) if (text.regionMatches(true, 0, label, 0, label.length())) return label;
        return null;
    }

    /** The text after a label standing alone: the next sibling's, or its parent's next sibling's. */
    private static String nextText(TextNode label) {
        org.jsoup.nodes.Node next = label.nextSibling();
        if (next == null && label.parent() != null && label.parent().childNodeSize() == 1) next = label.parent().nextSibling();
        for (; next != null; next = next.nextSibling()) {
            String text = next instanceof TextNode t ? t.text() : next instanceof Element el ? el.text() : "";
            if (!text.isBlank()) return text;
        }
        return "";
    }

    /**
     * Whether a label just before the element or one of its near ancestors says it is the last
     * change: {@code <h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul>},
     * {@code <dt>Diperbarui</dt><dd>27 November 2025</dd>}, or the text just before it, after the
     * last separator: {@code page revision: 8, last edited: <span class="odate">17 Jun 2018</span>}.
     */
    private static boolean labelledModified(Element e) {
        for (int level = 0; e != null && level < LINK_LEVELS; level++, e = e.parent()) {
            if (e.previousSibling() instanceof TextNode before && isModifiedLabel(lastPart(before.text()))) return true;
            Element label = e.previousElementSibling();
            if (label != null && isModifiedLabel(label.text())) return true; // a label, not a date line of its own
        }
        return false;
    }

    /**
     * Whether the first part of a line of labels and values that gives a date is labelled as the
     * last change: {@code page revision: 8, last edited: 17 Jun 2018 15:15}. A date that the
     * separators cut ({@code Montag, 14. September 2022}) gives none alone, and the line stands.
     */
    private static boolean datedAsModified(String text) {
        int from = 0;
        while (from < text.length()) {
            int cut = text.length();
            for (char c : LABEL_SEPARATORS.toCharArray()) {
                int at = text.indexOf(c, from);
                if (at >= 0) cut = Math.min(cut, at);
            }
            if (from == 0 && cut == text.length()) return false; // one part: the line itself, already asked
            String part = text.substring(from, cut);
            if (parse(part).isPresent()) return MODIFIED_WORDS.matcher(part).find();
            from = cut + 1;
        }
        return false;
    }

    private static boolean isModifiedLabel(String text) {
        return text.length() <= MAX_LABEL && !hasDigit(text) && MODIFIED_WORDS.matcher(text).find();
    }

    /** What follows the last separator of a text ({@code , ; | ·}): the label of what comes next. */
    private static String lastPart(String text) {
        int cut = -1;
        for (char c : LABEL_SEPARATORS.toCharArray()) cut = Math.max(cut, text.lastIndexOf(c));
        return text.substring(cut + 1);
    }

    /** Whether the element's text opens with a label of the last change set in a part of its own: {@code <p><b>Aktualisiert am </b>17.01.2021.</p>}. */
    private static boolean opensWithModified(Element e) {
        Element first = e.firstElementChild();
        return first != null && first.siblingIndex() <= 1 && MODIFIED_WORDS.matcher(e.text()).find();
    }

    /** The first short line of the page that says when it was updated ({@code Aktualisiert: 30.12.2016}). */
    private static Optional<Moment> updatedLine(Markup markup) {
        int looked = 0;
        for (Element e : markup.inBody()) {
            String own = e.ownText();
            if (own.length() < MIN_DATE_LINE || own.length() > MAX_DATE_LINE || !hasDigit(own)) continue;
            if (++looked > Thresholds.MAX_DATE_LINES) break;
            if (!MODIFIED_WORDS.matcher(own).find() && !opensWithModified(e) && !labelledModified(e) || datesOther(e)) continue;
            Optional<Moment> m = parse(own);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /**
     * A sentence that mentions a date ({@code Die nächste Ausgabe erscheint am 6. November 2023.}),
     * not a date line: several words before its first digit (after the number of a numbered
     * heading), and a full stop, a question or an exclamation mark at its end.
     */
    private static boolean isSentence(String line) {
        String s = ENUMERATOR.matcher(line.strip()).replaceFirst("");
        if (s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) < 0) return false;
        int digit = 0;
        while (digit < s.length() && !Character.isDigit(s.charAt(digit))) digit++;
        return SENTENCE_WORD.matcher(s.substring(0, digit)).results().count() >= MIN_SENTENCE_WORDS;
    }

    /**
     * Whether the element or one of its near ancestors is marked as a comment or reply, or as
     * the site's clock (the day the page was fetched, not written).
     */
    private static boolean datesOther(Element e) {
        if (inMasthead(e)) return true;
        for (int level = 0; e != null && level < OTHER_LEVELS; level++, e = e.parent()) {
            for (String name : WHITESPACE.split((e.className() + " " + e.id()).toLowerCase(Locale.ROOT))) {
                if (CLOCK.contains(name)) return true;
                if (TAXONOMY.matcher(name).lookingAt()) continue;
                for (String w : OTHER_CLASS) if (name.contains(w)) return true;
            }
        }
        return false;
    }

    /**
     * Whether the element stands in the site's masthead, whose date is the day the page was
     * fetched ({@code <header><h1><a href="/">Logo</a></h1><span class="dlf-date">Mittwoch,
     * 26.02.2020</span><nav>...}): a page header outside the article and its main part that holds
     * the site's navigation but no headline. An article's own header ({@code <main><header>}, a
     * blog's hero header with the post's title) is left alone.
     */
    private static boolean inMasthead(Element e) {
        Element header = null;
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("article") || tag.equals("main")) return false;
            if (header == null && (tag.equals("header") || p.attr("role").equals("banner"))) header = p;
        }
        return header != null && header.selectFirst("nav") != null && !holdsHeadline(header);
    }

    private static boolean holdsHeadline(Element header) {
        for (Element h : header.select("h1")) if (WHITESPACE.split(h.text().strip()).length >= MIN_HEADLINE_WORDS) return true;
        return false;
    }

    /**
     * The date a paragraph may open with: {@code 01.02.2022 „Der Arbeitsmarkt ist ...}, in brackets
     * ({@code (21. November 2022) Energieverbraucher erhalten ...}), or a
     * dateline before a bar, {@code Pressemitteilung vom 25. Januar 2022 | Berlin – ...}; else "".
     */
    private static String opening(String paragraph) {
        if (Character.isDigit(paragraph.charAt(0))) return paragraph.substring(0, OPENING_DATE_CHARS);
        if (paragraph.charAt(0) == '(' && Character.isDigit(paragraph.charAt(1))) {
            int close = paragraph.indexOf(')');
            return close > 0 && close <= OPENING_DATE_CHARS ? paragraph.substring(1, close) : "";
        }
        int bar = paragraph.indexOf('|');
        return bar > 0 && bar <= MAX_DATELINE_HEAD ? paragraph.substring(0, bar) : "";
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    /**
     * Whether the element is a link in a list of links, a menu or an archive's list
     * ({@code <li><a>WoB 31. Dezember 2021-06. Januar 2022</a></li>} among the other weeks' reports):
     * it names another page's date.
     */
    private static boolean inMenu(Element e) {
        Element item = null;
        for (int level = 0; e != null && level < LINK_LEVELS; level++, e = e.parent()) {
            if (e.normalName().equals("li")) {
                item = e;
                break;
            }
        }
        if (item == null || item.selectFirst("a") == null || item.parent() == null) return false;
        int links = 0;
        for (Element sibling : item.parent().children()) {
            if (sibling.normalName().equals("li") && sibling.selectFirst("a") != null && ++links >= MIN_MENU_LINKS) return true;
        }
        return false;
    }

    private static boolean inLink(Element e) {
        for (int level = 0; e != null && level < LINK_LEVELS; level++, e = e.parent()) if (e.normalName().equals("a")) return true;
        return false;
    }

    private static boolean speaksOfDates(String name) {
        for (String w : OTHER_CLASS) if (name.contains(w)) return false;
        for (String w : DATE_CLASS) if (name.contains(w)) return true;
        return false;
    }

    private static Pattern modifiedWords() {
        List<String[]> rows = Vocabulary.rows("modified-labels.tsv");
        String markers = String.join("|", rows.stream().filter(r -> r[0].equals("marker")).map(r -> Pattern.quote(r[1])).toList());
        String changes = String.join("|", rows.stream().filter(r -> r[0].equals("change")).map(r -> Pattern.quote(r[1])).toList());
        // words before the marker only with the marker: "This page was edited" alone is no label
        return Pattern.compile("(?iu)^\\s*(?:(?:\\p{L}+\\s+){0," + MAX_WORDS_BEFORE_MODIFIED + "}(?:" + markers + ")\\s+)?(?:"
                + changes + ")");
    }

    private static List<String> classWords(String kind) {
        return Vocabulary.rows("date-classes.tsv").stream().filter(r -> r[0].equals(kind)).map(r -> r[1]).toList();
    }

    /** Every date form read here writes a four-digit year: a cheap test before the parser's patterns. */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    static Optional<Moment> fromUrl(String url) {
        if (url == null) return Optional.empty();
        // An archived copy (web.archive.org/web/20160218174457/http://...): the date is the original's, not the capture's.
        int inner = Math.max(url.lastIndexOf("http://"), url.lastIndexOf("https://"));
        if (inner > 0) url = url.substring(inner);
        for (Pattern p : List.of(URL_YMD, URL_COMPACT, URL_DMY)) {
            Matcher m = p.matcher(url);
            if (!m.find()) continue;
            boolean dayFirst = p == URL_DMY;
            try {
                return plausible(Moment.of(LocalDate.of(Integer.parseInt(m.group(dayFirst ? 3 : 1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(dayFirst ? 1 : 3)))));
            } catch (java.time.DateTimeException e) {
                // not a date after all
            }
        }
        return Optional.empty();
    }

    private static String attrOrText(Element e) {
        for (String a : new String[] {"datetime", "content", "title"}) if (e.hasAttr(a)) return e.attr(a);
        return e.text();
    }

    private static Optional<Moment> parse(String s) {
        if (s == null || s.isBlank() || !hasYear(s)) return Optional.empty();
        return DateParser.parse(s).flatMap(PageDates::plausible).map(m -> rangeStart(s, m)).map(PageDates::toMinute);
    }

    /**
     * The first day of a range of days written before one month ({@code Wochenbericht 14. - 20. Januar 2022},
     * {@code 9-11 September 2022}), which the parser reads as its last day.
     */
    private static Moment rangeStart(String s, Moment m) {
        if (s.indexOf('-') < 0 && s.indexOf('\u2013') < 0) return m;
        Matcher r = DAY_RANGE.matcher(s);
        while (r.find()) {
            int first = Integer.parseInt(r.group(1)), last = Integer.parseInt(r.group(2));
            if (last == m.date().getDayOfMonth() && first < last) return new Moment(m.date().withDayOfMonth(first), m.time(), m.zone());
        }
        return m;
    }

    private static Optional<Moment> plausible(Moment m) {
        int year = m.date().getYear();
        boolean ok = year >= Thresholds.MIN_YEAR && !m.date().isAfter(LocalDate.now().plusDays(2));
        return ok ? Optional.of(m) : Optional.empty();
    }

    private static Moment toMinute(Moment m) {
        return m.time() == null ? m : new Moment(m.date(), m.time().truncatedTo(ChronoUnit.MINUTES), m.zone());
    }
}
