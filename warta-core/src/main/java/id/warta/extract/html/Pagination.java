package id.warta.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The addresses of an article's further pages: {@code <link rel="next">}, and the links of
 * its pager ({@code Halaman 2}, {@code 2}, {@code Selanjutnya}, {@code ?page=2}, {@code /2}).
 * Read before cleaning, since pagers look like furniture.
 */
final class Pagination {
    private static final Pattern PAGER = Pattern.compile("pag(?:ing|ination|er|es)|halaman|page-?nav|long-nav|nav-?links|multipage");
    private static final Pattern PAGE_LINK_TEXT = Pattern.compile(
            "(?iu)^\\s*(?:(?:halaman|hal\\.?|page|seite)\\s*)?\\d{1,2}\\s*$|^\\s*(?:selanjutnya|berikutnya|lanjut|next(?: page)?|›|»|>)\\s*[›»>]*\\s*$");
    /** Longer link texts are not page links ("Halaman 2", "Selanjutnya »"). */
    private static final int MAX_PAGE_LINK_TEXT = 30;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[?&](?:page|halaman|hal|p|pg)=(\\d{1,3})(?:&|$)|/(?:page|halaman|hal)/?(\\d{1,3})/?$|[/-](\\d{1,2})/?$");
    private static final int MAX_PAGES = 50;

    private Pagination() {
    }

    static List<String> next(Markup markup, String url) {
        String here = normalize(url);
        int current = url == null ? 1 : number(url);
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Element link : markup.tagged("link", "link[rel=next][href]")) add(found, link.absUrl("href"), here, current);
        Map<String, Boolean> pager = new HashMap<>(); // pages repeat their class names
        for (Element e : markup.all()) {
            String className = e.className(), id = e.id();
            if (className.isEmpty() && id.isEmpty()) continue;
            // no pager word holds a space, so the class and the id are judged apart
            if (!pager.computeIfAbsent(className, Pagination::isPager) && !pager.computeIfAbsent(id, Pagination::isPager)) continue;
            for (Element a : e.select("a[href]")) {
                String text = a.text();
                if (text.length() <= MAX_PAGE_LINK_TEXT && PAGE_LINK_TEXT.matcher(text).lookingAt()) add(found, a.absUrl("href"), here, current);
            }
            if (found.size() >= MAX_PAGES) break;
        }
        List<Map.Entry<String, Integer>> pages = new ArrayList<>(found.entrySet());
        pages.sort(Map.Entry.comparingByValue());
        return pages.stream().map(Map.Entry::getKey).toList();
    }

    /** Whether an element's class and id name a pager. */
    private static boolean isPager(String classAndId) {
        String n = classAndId.toLowerCase(Locale.ROOT);
        // a cheap test before the pattern: every pager word holds pag, hal, nav or multi
        if (!n.contains("pag") && !n.contains("hal") && !n.contains("nav") && !n.contains("multi")) return false;
        return PAGER.matcher(n).find();
    }

    private static void add(Map<String, Integer> found, String href, String here, int current) {
        if (href.isEmpty() || !href.startsWith("http")) return;
        String u = normalize(href);
        if (u.equals(here) || u.contains("page=all") || u.contains("showall")) return;
        if (here != null && !samePrefix(here, u)) return;
        int n = number(u);
        if (n > current && found.size() < MAX_PAGES) found.putIfAbsent(u, n);
    }

    /** Whether {@code page} is a page of the article at {@code here}: same address up to its page marker. */
    private static boolean samePrefix(String here, String page) {
        String a = stripPageMarker(here), b = stripPageMarker(page);
        return a.equals(b) || b.startsWith(a) || a.startsWith(b);
    }

    private static String stripPageMarker(String u) {
        Matcher m = PAGE_NUMBER.matcher(u);
        return m.find() ? u.substring(0, m.start()) : u;
    }

    /** The page number an address names; 1 when it names none. */
    static int number(String url) {
        Matcher m = PAGE_NUMBER.matcher(url);
        if (!m.find()) return 1;
        for (int g = 1; g <= 3; g++) if (m.group(g) != null) return Integer.parseInt(m.group(g));
        return 1;
    }

    static String normalize(String url) {
        if (url == null) return null;
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
