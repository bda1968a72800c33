package id.warta.index;

import id.warta.model.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What makes two articles the same: their canonical URL, else a hash of outlet, title and
 * text. The id is a short hash of that key, safe in URLs.
 *
 * @param key the canonical URL ({@code kompas.com/read/2025/10/22/...}) or {@code content:<sha-256>}
 * @param id  20 hex digits of the key's SHA-256
 */
public record ArticleKey(String key, String id) {
    /** Query parameters that track visitors or paginate, never name a different article. */
    private static final Set<String> IGNORED_PARAMETERS = Set.of("page", "fbclid", "gclid", "amp", "source", "ref");
    private static final int ID_HEX_DIGITS = 20;
    private static final MessageDigest SHA_256 = sha256Digest();

    public static ArticleKey of(Article article) {
        String url = article.url() == null ? null : canonicalUrl(article.url());
        String key = url != null ? url
                : "content:" + sha256(nullToEmpty(article.site() != null ? article.site() : article.outlet())
                        + "\n" + nullToEmpty(article.title()) + "\n" + article.text());
        return new ArticleKey(key, sha256(key).substring(0, ID_HEX_DIGITS));
    }

    /** The id an article at this URL gets, or null when it is not a web URL. */
    public static String idOfUrl(String url) {
        String canonical = canonicalUrl(url);
        return canonical == null ? null : sha256(canonical).substring(0, ID_HEX_DIGITS);
    }

    /**
     * The URL without what does not identify the article: scheme, {@code www.}, fragment,
     * tracking and paging parameters, trailing slash. Null when it is not an http(s) URL.
     */
    static String canonicalUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) return null;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return host + (uri.getPort() > 0 && uri.getPort() != 80 && uri.getPort() != 443 ? ":" + uri.getPort() : "")
                + path + query(uri.getRawQuery());
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        StringJoiner kept = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String pair : raw.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.startsWith("utm_") && !IGNORED_PARAMETERS.contains(name)) kept.add(pair);
        }
        return kept.toString();
    }

    static String sha256(String s) {
        return HexFormat.of().formatHex(newSha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** A copy of one digest: {@code getInstance} looks its provider up at every call (an upsert takes two or three). */
    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
