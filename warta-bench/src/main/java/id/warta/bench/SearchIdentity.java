package id.warta.bench;

import id.warta.index.NewsIndex;
import id.warta.index.Schema;
import id.warta.index.search.QuoteRequest;
import id.warta.index.search.QuoteResults;
import id.warta.index.search.SearchRequest;
import id.warta.index.search.SearchResults;
import id.warta.index.search.Searcher;
import id.warta.index.search.SortOrder;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * What a fixed set of typical searches finds in an index, printed as text, to tell whether two
 * builds' indexes of the same articles search the same: run it on each data folder, then
 * {@code diff} the outputs. For each search: the total, the top 20 hits (id, score, the marked
 * title and snippet), every facet's counts and the timeline; quote searches and entity profiles
 * likewise. Filters name the corpus's own most frequent people, places, organisations, outlets
 * and speakers (read from a blank search), so the set fits any corpus.
 *
 * <p>{@code --build} first indexes analysed articles ({@code warta analyze -f jsonl} lines) into a
 * fresh {@code DATA_DIR} with the given build's {@code warta-bench.jar} (loaded apart, as
 * {@link IndexComparison} does): on one thread, in the file's order, merged into one segment at the
 * end. Two ingests of the same articles order documents as their flushes and merges went, and ties
 * (equal scores, equal times) follow that order; the replaced copies of updated articles, until
 * merged away, shift scores slightly. Built so, two builds' indexes differ only by what they write.
 * <pre>
 * java -cp warta-bench/target/warta-bench.jar id.warta.bench.SearchIdentity DATA_DIR [--build BENCH_JAR ANALYSED_JSONL] &gt; out.txt
 * </pre>
 */
public final class SearchIdentity {
    private static final int TOP = 20;
    private static final String[] WORDS = {"banjir", "harga", "presiden", "korupsi", "polisi", "ekonomi", "pendidikan",
        "pemerintah"};
    private static final String[] QUERIES = {"harga beras", "\"bank indonesia\"", "\"tindak pidana korupsi\"",
        "(banjir OR gempa) -jakarta", "menteri AND keuangan", "pemberantasan", "title:presiden", "kebijakan*"};

    private SearchIdentity() {
    }

    public static void main(String[] argv) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (argv.length == 4 && argv[1].equals("--build")) build(Path.of(argv[2]), Path.of(argv[3]), Path.of(argv[0]));
        try (NewsIndex index = NewsIndex.openReadOnly(Path.of(argv[0]))) {
            Searcher searcher = index.searcher();
            out.println("counts " + new TreeMap<>(searcher.counts()));
            SearchResults all = searcher.search(request("", Map.of(), null, null, SortOrder.NEWEST));
            print(out, "everything, newest", all);
            List<String[]> filters = new ArrayList<>();
            for (String field : Schema.FACETS) {
                List<SearchResults.FacetValue> values = all.facets().getOrDefault(field, List.of());
                for (int i = 0; i < Math.min(2, values.size()); i++) filters.add(new String[] {field, values.get(i).value()});
            }
            for (String w : WORDS) print(out, w, searcher.search(request(w, Map.of(), null, null, SortOrder.RELEVANCE)));
            for (String q : QUERIES) print(out, q, searcher.search(request(q, Map.of(), null, null, SortOrder.RELEVANCE)));
            for (String[] f : filters) {
                Map<String, List<String>> filter = Map.of(f[0], List.of(f[1]));
                print(out, f[0] + "=" + f[1], searcher.search(request("", filter, null, null, SortOrder.NEWEST)));
                print(out, "pemerintah, " + f[0] + "=" + f[1], searcher.search(request("pemerintah", filter, null, null, SortOrder.RELEVANCE)));
            }
            LocalDate from = LocalDate.of(2025, 10, 1), to = LocalDate.of(2025, 11, 30);
            print(out, "harga, Oct-Nov 2025", searcher.search(request("harga", Map.of(), from, to, SortOrder.RELEVANCE)));
            print(out, "Oct-Nov 2025, oldest", searcher.search(request("", Map.of(), from, to, SortOrder.OLDEST)));
            for (String[] f : filters) {
                if (!f[0].equals(Schema.SPEAKER)) continue;
                print(out, "quotes of " + f[1], searcher.quotes(new QuoteRequest(f[1], "", SortOrder.NEWEST, 1, TOP)));
                String surname = f[1].substring(f[1].lastIndexOf(' ') + 1);
                print(out, "quotes of " + surname + " on pemerintah",
                        searcher.quotes(new QuoteRequest(surname, "pemerintah", SortOrder.RELEVANCE, 1, TOP)));
                out.println("entity " + f[1] + ": " + searcher.entity(f[1], 10).toString().replaceAll("tookMs=[0-9.E-]+", ""));
            }
            print(out, "quotes on harga", searcher.quotes(new QuoteRequest("", "harga", SortOrder.RELEVANCE, 1, TOP)));
            print(out, "quotes on \"kita harus\"", searcher.quotes(new QuoteRequest("", "\"kita harus\"", SortOrder.RELEVANCE, 1, TOP)));
        }
    }

    /** Indexes the analysed articles into a fresh index in {@code data} with that build's code. */
    private static void build(Path benchJar, Path analysed, Path data) throws Exception {
        BuildJar jar = new BuildJar(benchJar);
        jar.call(() -> {
            Class<?> article = jar.load("id.warta.model.Article");
            Object mapper = jar.load("id.warta.json.ArticleJson").getMethod("mapper").invoke(null);
            Method read = mapper.getClass().getMethod("readValue", String.class, Class.class);
            Class<?> newsIndex = jar.load("id.warta.index.NewsIndex"), indexerClass = jar.load("id.warta.index.Indexer");
            Method upsert = indexerClass.getMethod("upsert", article);
            Object index = newsIndex.getMethod("open", Path.class).invoke(null, data);
            Object indexer = newsIndex.getMethod("indexer").invoke(index);
            for (String line : Files.readAllLines(analysed, StandardCharsets.UTF_8)) {
                Object a = read.invoke(mapper, line, article);
                if (!((String) article.getMethod("text").invoke(a)).isBlank()) upsert.invoke(indexer, a);
            }
            indexerClass.getMethod("forceMerge", int.class, Map.class).invoke(indexer, 1, Map.of());
            newsIndex.getMethod("close").invoke(index);
            return null;
        });
    }

    private static SearchRequest request(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to, SortOrder sort) {
        return new SearchRequest(q, filters, from, to, sort, 1, TOP, 10);
    }

    private static void print(PrintStream out, String name, SearchResults r) {
        out.printf("== %s: total %d%s%n", name, r.total(), r.sampled() ? " (sampled)" : "");
        for (SearchResults.Hit h : tiesSorted(r.hits(), (a, b) -> a.score() == b.score() && Objects.equals(a.published(), b.published()),
                Comparator.comparing(SearchResults.Hit::id))) {
            out.printf("  %s %s %s | %s%n", h.id(), h.score(), h.title(), h.snippet());
        }
        r.facets().forEach((field, values) -> out.printf("  facet %s %s%n", field, values));
        out.printf("  timeline %s%n", r.timeline());
    }

    private static void print(PrintStream out, String name, QuoteResults r) {
        out.printf("== %s: total %d%n", name, r.total());
        for (QuoteResults.QuoteHit h : tiesSorted(r.hits(), (a, b) -> a.score() == b.score() && Objects.equals(a.published(), b.published()),
                Comparator.comparing(QuoteResults.QuoteHit::articleId).thenComparingInt(QuoteResults.QuoteHit::start))) {
            out.printf("  %s %d-%d %s %s %s%n", h.articleId(), h.start(), h.end(), h.score(), h.speaker(), h.text());
        }
    }

    /** The hits with each run of tied ones sorted by {@code order}: ties keep index order, which merges decide. */
    private static <T> List<T> tiesSorted(List<T> hits, BiPredicate<T, T> tied, Comparator<T> order) {
        List<T> sorted = new ArrayList<>(hits);
        for (int i = 0, j; i < sorted.size(); i = j) {
            for (j = i + 1; j < sorted.size() && tied.test(sorted.get(i), sorted.get(j)); j++) {
                // a run of ties
            }
            sorted.subList(i, j).sort(order);
        }
        return sorted;
    }
}
