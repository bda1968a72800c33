package id.warta.extract.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Resolves links' addresses against the page's base. A page holds hundreds of links, most of
 * them absolute or rooted at the site ({@code /berita/...}); those are joined to the base's
 * origin directly, parsed once per page, and only the rest go through jsoup's full resolution
 * (which parses the base again for every link).
 */
final class Addresses {
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private String base;
    /** {@code scheme://authority} of the base, or null when it has none. */
    private String origin;

    /** The absolute address of {@code href} as written on {@code a}; empty when there is none. */
    String resolve(Element a, String href) {
        if (href.isEmpty()) return "";
        if (href.startsWith("https://") || href.startsWith("http://")) return href.strip();
        if (a.baseUri().isEmpty() && !SCHEME.matcher(href).lookingAt()) return ""; // nothing to resolve against
        if (href.charAt(0) == '/' && !href.startsWith("//") && plain(href)) {
            String o = originOf(a.baseUri());
            if (o != null) return o + href;
        }
        return a.absUrl("href");
    }

    private String originOf(String baseUri) {
        if (!baseUri.equals(base)) {
            base = baseUri;
            origin = null;
            try {
                URI u = new URI(baseUri);
                String scheme = u.getScheme(), authority = u.getRawAuthority();
                if (scheme != null && authority != null && (scheme.equals("http") || scheme.equals("https"))) {
                    origin = scheme + "://" + authority;
                }
            } catch (URISyntaxException e) {
                origin = null; // a malformed base: jsoup's resolution decides
            }
        }
        return origin;
    }

    /** A rooted path that needs no normalising: ASCII without dot segments, spaces, controls or backslashes. */
    private static boolean plain(String href) {
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\' || c == '.' && (href.charAt(i - 1) == '/')) return false;
        }
        return true;
    }
}
