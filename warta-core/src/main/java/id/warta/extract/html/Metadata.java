package id.warta.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.extract.Outlets;
import id.warta.model.Image;
import id.warta.model.Moment;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the page says about its article outside the body: canonical address, outlet,
 * language, title, times, authors, main image, and the JSON-LD {@code articleBody} the
 * cascade may fall back on. Read before cleaning, from {@code <head>}, JSON-LD and bylines.
 */
record Metadata(String url, String siteName, String language, String title, Moment published, Moment modified,
                boolean publishedIsUpdate, String dateWitness, List<String> authors, Image image, String jsonLdBody) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:»·•]+\\s+|\\s+::\\s+");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?iu)^\\s*(?:by|oleh|von|par|por|penulis|reporter|author)\\s*:?\\s+");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|\\s&\\s|\\sdan\\s|\\sand\\s|\\sund\\s)\\s*");
    /** Titles longer than this many words in one {@code <title>} segment are the headline, shorter ones a site name. */
    private static final int MAX_SITE_WORDS = 4;

    /** @param html the page's markup as fetched, before its scripts were cut out */
    static Metadata read(Markup markup, String html, String givenUrl) {
        Document dom = markup.dom();
        Map<String, String> meta = metaTags(markup);
        JsonNode article = JsonLd.article(markup).orElse(null);
        String url = canonical(markup, meta, givenUrl);
        String siteName = first(meta.get("og:site_name"), JsonLd.text(article == null ? null : article.get("publisher"), "name"),
                meta.get("application-name"));
        if (siteName == null) siteName = Outlets.find(host(url)).map(Outlets.Outlet::name).orElse(null);
        String language = language(dom, meta, article);
        String title = title(dom, meta, article, siteName, host(url));
        PageDates.Times times = PageDates.read(markup, html, meta, article, url != null ? url : givenUrl);
        return new Metadata(url, siteName, language, title, times.published(), times.modified(), times.publishedIsUpdate(),
                times.witness(),                 authors(markup, meta, article), image(dom, meta, article), JsonLd.text(article, "articleBody"));
    }

    /** {@code <meta>} values by lower-cased name, property, itemprop or http-equiv; the first wins. */
    private static Map<String, String> metaTags(Markup markup) {
        Map<String, String> map = new HashMap<>();
        for (Element m : markup.tagged("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) map.putIfAbsent(k, content);
            }
        }
        return map;
    }

    private static String canonical(Markup markup, Map<String, String> meta, String givenUrl) {
        List<Element> links = markup.tagged("link", "link[rel=canonical][href]");
        Element link = links.isEmpty() ? null : links.getFirst();
        String candidate = link != null ? link.absUrl("href") : "";
        if (candidate.isEmpty() && link != null) candidate = link.attr("href");
        if (!isAbsolute(candidate)) candidate = meta.getOrDefault("og:url", "");
        if (!isAbsolute(candidate)) candidate = givenUrl;
        return candidate == null || candidate.isBlank() ? null : candidate.strip();
    }

    private static boolean isAbsolute(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String language(Document dom, Map<String, String> meta, JsonNode article) {
        Element html = dom.selectFirst("html");
        String lang = first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta.get("content-language"), meta.get("language"), meta.get("og:locale"),
                JsonLd.text(article, "inLanguage"));
        if (lang == null) return null;
        String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        if (code.equals("in")) code = "id"; // the old ISO 639 code for Indonesian
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    private static String title(Document dom, Map<String, String> meta, JsonNode article, String siteName, String host) {
        Element h1 = dom.body() == null ? null : dom.body().selectFirst("h1");
        String raw = first(meta.get("og:title"), JsonLd.text(article, "headline"), meta.get("twitter:title"),
                h1 == null ? null : h1.text(), dom.title());
        if (raw == null) return null;
        String t = withoutSite(raw, siteName, host, raw.equals(dom.title()));
        return t.length() > Thresholds.MAX_TITLE_CHARS ? null : t;
    }

    /** {@code Harga Beras Naik - Kompas.com} gives {@code Harga Beras Naik}. */
    static String withoutSite(String title, String siteName, String host, boolean fromTitleElement) {
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) return title.strip();
        String firstPart = parts[0], lastPart = parts[parts.length - 1];
        if (namesSite(lastPart, siteName, host)) return title.substring(0, title.lastIndexOf(lastPart)).replaceAll("[\\s|\\-–—:»·•]+$", "");
        if (namesSite(firstPart, siteName, host)) return title.substring(firstPart.length()).replaceAll("^[\\s|\\-–—:»·•]+", "");
        if (fromTitleElement && lastPart.split("\\s+").length <= MAX_SITE_WORDS
                && firstPart.length() > lastPart.length() * 2) {
            return title.substring(0, title.lastIndexOf(lastPart)).replaceAll("[\\s|\\-–—:»·•]+$", "");
        }
        return title.strip();
    }

    private static boolean namesSite(String part, String siteName, String host) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        if (siteName != null && (p.equals(siteName.toLowerCase(Locale.ROOT)) || p.contains(siteName.toLowerCase(Locale.ROOT)))) return true;
        if (host == null) return false;
        String bare = host.replaceFirst("\\.[a-z.]+$", "");
        return p.equals(host) || p.replace(" ", "").equals(bare) || p.replace(".", "").equals(host.replace(".", ""));
    }

    private static List<String> authors(Markup markup, Map<String, String> meta, JsonNode article) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        List<String> raw = new ArrayList<>(JsonLd.authors(article));
        for (String key : new String[] {"author", "article:author", "parsely-author", "dc.creator", "byl", "content_author"}) {
            String v = meta.get(key);
            if (v != null) raw.add(v);
        }
        if (raw.isEmpty()) {
            for (Element e : markup.marked("[rel=author], [itemprop=author]")) {
                raw.add(e.hasAttr("content") ? e.attr("content") : e.text());
                if (raw.size() >= 3) break;
            }
        }
        for (String r : raw) {
            if (r.contains("://") || r.startsWith("@") || r.length() > 120) continue;
            for (String n : NAME_SPLIT.split(BYLINE_PREFIX.matcher(r).replaceFirst(""))) {
                String name = n.strip();
                if (!name.isEmpty() && name.length() <= 60) names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static Image image(Document dom, Map<String, String> meta, JsonNode article) {
        String[] json = JsonLd.image(article);
        String url = first(meta.get("og:image"), meta.get("og:image:url"), meta.get("twitter:image"),
                json == null ? null : json[0]);
        if (url == null) return null;
        String caption = json != null && url.equals(json[0]) ? json[1] : null;
        return new Image(absolute(dom, url), caption, null);
    }

    private static String absolute(Document dom, String url) {
        if (isAbsolute(url) || dom.location().isEmpty()) return url;
        try {
            return URI.create(dom.location()).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
