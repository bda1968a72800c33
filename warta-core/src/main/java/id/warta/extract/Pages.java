package id.warta.extract;

import id.warta.model.Caption;
import id.warta.model.Credits;
import id.warta.model.Document;
import id.warta.model.Related;
import id.warta.model.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Comparator;

/**
 * Joins the pages of one article ({@code Halaman 2}, {@code ?page=2}) given together: each
 * continuation page is appended to the first page that lists its address in {@code pages}.
 */
final class Pages {
    private Pages() {
    }

    static List<Document> merge(List<Document> docs) {
        Map<String, Integer> listedBy = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String p : docs.get(i).pages()) listedBy.putIfAbsent(key(p), i);
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            int root = i;
            for (int hops = 0; hops < docs.size(); hops++) { // follow page 3 -> page 2 -> page 1
                String url = docs.get(root).url();
                Integer owner = url == null ? null : listedBy.get(key(url));
                if (owner == null || owner == root) break;
                root = owner;
            }
            groups.computeIfAbsent(root, k -> new ArrayList<>()).add(i);
        }
        List<Document> merged = new ArrayList<>();
        for (var group : groups.entrySet()) {
            Document first = docs.get(group.getKey());
            List<String> order = first.pages().stream().map(Pages::key).toList();
            List<Document> pages = new ArrayList<>(group.getValue().stream().map(docs::get).toList());
            pages.remove(first);
            pages.sort(Comparator.comparingInt(d -> d.url() == null ? Integer.MAX_VALUE : position(order, key(d.url()))));
            pages.addFirst(first);
            merged.add(join(pages));
        }
        return merged;
    }

    private static int position(List<String> order, String key) {
        int i = order.indexOf(key);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Document join(List<Document> pages) {
        Document first = pages.getFirst();
        if (pages.size() == 1) return first;
        StringBuilder text = new StringBuilder(first.text());
        List<Caption> captions = new ArrayList<>(first.captions());
        List<Related> related = new ArrayList<>(first.related());
        LinkedHashSet<String> authors = new LinkedHashSet<>(first.credits().authors());
        LinkedHashSet<String> editors = new LinkedHashSet<>(first.credits().editors());
        LinkedHashSet<String> remaining = new LinkedHashSet<>(first.pages());
        List<Warning> warnings = new ArrayList<>(first.warnings());
        String source = first.credits().source();
        Integer copyrightYear = first.credits().copyrightYear();
        for (Document next : pages.subList(1, pages.size())) {
            if (!next.text().isEmpty()) text.append(text.isEmpty() ? "" : "\n\n").append(next.text());
            captions.addAll(next.captions());
            related.addAll(next.related());
            authors.addAll(next.credits().authors());
            editors.addAll(next.credits().editors());
            if (next.credits().source() != null) source = next.credits().source();
            if (copyrightYear == null) copyrightYear = next.credits().copyrightYear();
            remaining.addAll(next.pages());
            warnings.addAll(next.warnings().stream().filter(w -> !warnings.contains(w)).toList());
        }
        pages.forEach(p -> remaining.removeIf(u -> p.url() != null && key(u).equals(key(p.url()))));
        warnings.removeIf(w -> w.code().equals("empty-body") && !text.isEmpty());
        return new Document(first.source(), first.url(), first.outlet(), first.site(), first.language(), first.title(),
                first.published(), first.modified(), first.dateline(), text.toString(), first.image(), captions, related,
                List.copyOf(remaining), new Credits(List.copyOf(authors), List.copyOf(editors), source, copyrightYear),
                warnings);
    }

    private static String key(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        u = u.replaceFirst("^https?://(www\\.)?", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
