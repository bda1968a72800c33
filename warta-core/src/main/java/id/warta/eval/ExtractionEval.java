package id.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.extract.Extractor;
import id.warta.extract.html.HtmlPage;
import id.warta.ingest.Decoding;
import id.warta.model.Document;
import id.warta.model.Moment;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * Scores the web-page extractor on a labelled corpus: body precision, recall and F1, and how
 * often the publication date is right to the day, over every dated page and over the pages that
 * carry their gold day ({@link DateScore}).
 * <ul>
 *   <li>{@code trafilatura}: 990 pages with snippets the text must and must not contain,
 *       scored as trafilatura's {@code tests/eval_common.py} does: pooled over all snippets,
 *       a snippet found when its whitespace-collapsed form is a substring of the
 *       whitespace-collapsed text;</li>
 *   <li>{@code readability}, {@code newspaper4k}: gold text, scored by word overlap
 *       (precision and recall per page, averaged over pages);</li>
 *   <li>{@code portals}: Indonesian portal pages written for Warta's tests, gold text by word
 *       overlap, plus every "read also" title kept out of the body.</li>
 * </ul>
 */
public final class ExtractionEval {
    /** The corpora, and where each lives (under {@code shared/}, or in the repository for portals). */
    public enum Corpus {
        TRAFILATURA("data/extraction/trafilatura-eval"),
        READABILITY("data/extraction/readability-test-pages"),
        NEWSPAPER4K("data/extraction/newspaper4k"),
        PORTALS(null);

        final String sharedPath;

        Corpus(String sharedPath) {
            this.sharedPath = sharedPath;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A corpus's figures.
     *
     * @param pages       pages scored
     * @param dates       how often the publication date is right to the day, over every dated page and over those that carry their gold day
     * @param leaks       "must not" snippets or "read also" titles found in the body
     * @param corpusHash  SHA-256 of the gold file, to tie floors to one corpus version
     */
    public record Report(Corpus corpus, int pages, double precision, double recall, double f1, DateScore dates,
                         int leaks, String corpusHash) {
        /** Right to the day over every page whose gold gives a date: the headline figure. */
        public double dateAccuracy() {
            return dates.accuracy();
        }

        /** Right to the day over the pages that carry their gold day ({@link DateScore}). */
        public double dateOnPageAccuracy() {
            return dates.onPageAccuracy();
        }

        public String line() {
            return String.format(Locale.ROOT, "%-12s pages %4d  precision %.4f  recall %.4f  F1 %.4f  %s  leaks %d",
                    corpus.id(), pages, precision, recall, f1, dates.line(), leaks);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_PAGE_BYTES = 64L << 20;

    private ExtractionEval() {
    }

    /** Where a corpus lives: {@code shared/} for the public ones; empty when absent. */
    public static Optional<Path> locate(Corpus corpus) {
        if (corpus.sharedPath != null) return SharedData.resolve(corpus.sharedPath);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("warta-core/src/test/resources/id/warta/eval/portals");
            if (Files.isDirectory(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    public static Report run(Corpus corpus, Path dir) throws IOException {
        return run(corpus, dir, null);
    }

    /** @param details where to print each page's misses and leaks, or null */
    public static Report run(Corpus corpus, Path dir, java.io.PrintStream details) throws IOException {
        return switch (corpus) {
            case TRAFILATURA -> trafilatura(dir, details);
            case READABILITY -> readability(dir, details);
            case NEWSPAPER4K -> newspaper4k(dir, details);
            case PORTALS -> portals(dir);
        };
    }

    /** Extracts one page as Warta's pipeline would: decoded like a file, then the HTML path. */
    public static Document extract(byte[] html, String url, String name) throws IOException {
        Decoding.Decoded d = Decoding.decode(html, null, MAX_PAGE_BYTES);
        return Extractor.extract(new RawDocument(Origin.file(name), RawDocument.Format.HTML, d.text(),
                new RawDocument.Hints(null, url, null, null)));
    }

    private static Report trafilatura(Path dir, java.io.PrintStream details) throws IOException {
        byte[] gold = Files.readAllBytes(dir.resolve("evaldata.json"));
        JsonNode items = JSON.readTree(gold);
        Map<String, List<Map.Entry<String, JsonNode>>> byFile = new HashMap<>();
        items.properties().forEach(e -> byFile.computeIfAbsent(e.getValue().path("file").asText(), k -> new ArrayList<>()).add(e));
        Snippets snippets = new Snippets();
        int[] pages = new int[1];
        DateScore.Tally dates = new DateScore.Tally();
        TarGz.forEach(dir.resolve("trafilatura_tests_eval_cache.tar.gz"), (name, content) -> {
            String file = name.substring(name.lastIndexOf('/') + 1);
            for (var item : byFile.getOrDefault(file, List.of())) {
                Document doc = safeExtract(content, item.getKey(), file);
                snippets.count(item.getValue(), doc == null ? null : doc.text());
                if (details != null) Snippets.misses(file, item.getValue(), doc == null ? null : doc.text(), details);
                pages[0]++;
                String date = item.getValue().path("date").asText("");
                if (!date.isEmpty()) printWrongDate(details, dates.add(date, published(doc), decoded(content), item.getKey()),
                        file, date, doc, content, item.getKey());
            }
        });
        return new Report(Corpus.TRAFILATURA, pages[0], snippets.precision(), snippets.recall(), snippets.f1(),
                dates.score(), snippets.fp, sha256(gold));
    }

    private static Report readability(Path dir, java.io.PrintStream details) throws IOException {
        Path archive = dir.resolve("readability_test_pages.tar.gz");
        Map<String, Map<String, byte[]>> cases = new TreeMap<>();
        TarGz.forEach(archive, (name, content) -> {
            String[] parts = name.split("/");
            if (parts.length >= 2) cases.computeIfAbsent(parts[parts.length - 2], k -> new HashMap<>()).put(parts[parts.length - 1], content);
        });
        Words words = new Words();
        DateScore.Tally dates = new DateScore.Tally();
        for (var c : cases.entrySet()) {
            byte[] source = c.getValue().get("source.html"), expected = c.getValue().get("expected.html");
            if (source == null || expected == null) continue;
            Document doc = safeExtract(source, null, c.getKey());
            words.add(Jsoup.parse(new String(expected, StandardCharsets.UTF_8)).text(), doc == null ? "" : doc.text());
            byte[] meta = c.getValue().get("expected-metadata.json");
            String date = meta == null ? "" : JSON.readTree(meta).path("publishedTime").asText("");
            if (!date.isEmpty()) {
                printWrongDate(details, dates.add(date, published(doc), decoded(source), null), c.getKey(), date, doc, source, null);
            }
        }
        return new Report(Corpus.READABILITY, words.pages, words.precision(), words.recall(), words.f1(), dates.score(), 0,
                sha256(Files.readAllBytes(archive)));
    }

    private static Report newspaper4k(Path dir, java.io.PrintStream details) throws IOException {
        Words words = new Words();
        DateScore.Tally dates = new DateScore.Tally();
        MessageDigest digest = digest();
        List<Path> files;
        try (var list = Files.list(dir.resolve("html"))) {
            files = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path html : files) {
            String name = html.getFileName().toString().replaceFirst("\\.html$", "");
            Path txt = dir.resolve("txt/" + name + ".txt"), meta = dir.resolve("metadata/" + name + ".json");
            if (!Files.exists(txt)) continue;
            byte[] goldText = Files.readAllBytes(txt);
            digest.update(goldText);
            JsonNode m = Files.exists(meta) ? JSON.readTree(meta.toFile()) : JSON.createObjectNode();
            byte[] page = Files.readAllBytes(html);
            String url = m.path("url").asText(null);
            Document doc = safeExtract(page, url, name);
            words.add(new String(goldText, StandardCharsets.UTF_8), doc == null ? "" : doc.text());
            String date = m.path("publish_date").asText("");
            if (!date.isEmpty() && !date.equals("null")) {
                printWrongDate(details, dates.add(date, published(doc), decoded(page), url), name, date, doc, page, url);
            }
        }
        return new Report(Corpus.NEWSPAPER4K, words.pages, words.precision(), words.recall(), words.f1(), dates.score(), 0,
                HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Portal fixtures: {@code gold.json} lists articles, each with its page files (several for a
     * paginated article, merged as {@code warta analyze} merges them), the gold body, date and
     * related titles.
     */
    private static Report portals(Path dir) throws IOException {
        byte[] goldBytes = Files.readAllBytes(dir.resolve("gold.json"));
        Words words = new Words();
        DateScore.Tally dates = new DateScore.Tally();
        int leaks = 0;
        for (JsonNode article : JSON.readTree(goldBytes)) {
            List<Document> pages = new ArrayList<>();
            StringBuilder source = new StringBuilder();
            for (JsonNode f : article.path("files")) {
                byte[] html = Files.readAllBytes(dir.resolve(f.asText()));
                source.append(decoded(html));
                Document d = safeExtract(html, null, f.asText());
                if (d != null) pages.add(d);
            }
            List<Document> merged = Extractor.mergePages(pages);
            Document doc = merged.isEmpty() ? null : merged.getFirst();
            String text = doc == null ? "" : doc.text();
            words.add(article.path("text").asText(), text);
            for (JsonNode t : article.path("related")) if (Snippets.norm(text).contains(Snippets.norm(t.asText()))) leaks++;
            if (Snippets.norm(text).toLowerCase(Locale.ROOT).contains("baca juga")) leaks++;
            String date = article.path("published").asText("");
            if (!date.isEmpty()) dates.add(date, published(doc), source.toString(), null);
        }
        return new Report(Corpus.PORTALS, words.pages, words.precision(), words.recall(), words.f1(), dates.score(), leaks,
                sha256(goldBytes));
    }

    /**
     * With {@code --details}: a page whose date is wrong, the gold, what Warta gave, the witness that
     * gave it, and why the page is left out of the date on the page, if it is.
     */
    private static void printWrongDate(java.io.PrintStream details, DateScore.Verdict verdict, String page, String gold, Document doc,
                                       byte[] html, String url) {
        if (details == null || verdict.right()) return;
        details.println(page + "\tDATE\t" + gold + "\t" + (doc == null ? null : doc.published()) + "\t" + dateWitness(html, url)
                + (verdict.leftOut() == null ? "" : "\tleft out: " + verdict.leftOut()));
    }

    /** Which witness dated the page ({@link HtmlPage#dateWitness}), decoded as {@link #extract} decodes it. */
    private static String dateWitness(byte[] html, String url) {
        try {
            return HtmlPage.dateWitness(Decoding.decode(html, null, MAX_PAGE_BYTES).text(), url);
        } catch (IOException | RuntimeException e) {
            return "error: " + e;
        }
    }

    private static Document safeExtract(byte[] html, String url, String name) {
        try {
            return extract(html, url, name);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null; // a crash counts as a full miss, as in trafilatura's evaluation
        }
    }

    private static Moment published(Document doc) {
        return doc == null ? null : doc.published();
    }

    /** The page's source as {@link #extract} decodes it, for the test of a written day; "" when it does not decode. */
    private static String decoded(byte[] html) {
        try {
            return Decoding.decode(html, null, MAX_PAGE_BYTES).text();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
