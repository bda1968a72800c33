package id.warta.index.search;

import id.warta.index.FacetOrdinals;
import id.warta.index.FacetingSearcher;
import id.warta.index.Schema;
import id.warta.index.StoredArticle;
import id.warta.model.Article;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TopDocs;

/**
 * Answers searches over the index: articles (with facets, a timeline and snippets), quotes
 * by speaker and words, entity profiles, and single articles by id. Thread-safe; each call
 * sees the latest refreshed view of the index.
 */
public final class Searcher {
    private static final int PROFILE_HITS = 10;
    /** How many times the hits wanted a first window of time should hold (see {@link #inTime}). */
    private static final int TIME_WINDOW_HITS = 4;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final Set<String> HIT_FIELDS = Set.of(Schema.ARTICLE_ID, Schema.URL, Schema.OUTLET, Schema.PUBLISHED_ISO);
    private static final Set<String> QUOTE_FIELDS = Set.of(Schema.ARTICLE_ID, Schema.SPEAKER, Schema.QUOTE_START,
            Schema.QUOTE_END, Schema.ARTICLE_TITLE, Schema.OUTLET, Schema.PUBLISHED_ISO);

    private final SearcherManager searchers;
    private final Analyzer analyzer = Schema.analyzer();
    private final Queries queries = new Queries(analyzer);

    public Searcher(SearcherManager searchers) {
        this.searchers = searchers;
    }

    public SearchResults search(SearchRequest r) throws IOException {
        long started = System.nanoTime();
        Query userQuery = queries.articles(r.query());
        Query query = Queries.filtered(userQuery, Schema.ARTICLE, r.filters(), r.from(), r.to());
        FacetingSearcher s = acquire();
        try {
            List<Object> key = List.of(query, r.facetSize());
            Counts counts = (Counts) s.results().get(key);
            if (counts == null) {
                counts = Counts.of(s, query, r.facetSize());
                if (FacetingSearcher.caching()) s.results().put(key, counts);
            }
            int n = r.page() * r.size();
            TopDocs top = r.sort() == SortOrder.RELEVANCE ? topOnly(s, query, n, r.sort())
                    : r.from() == null && r.to() == null ? inTime(s, query, n, r.sort(), counts.total())
                    : inDays(s, userQuery, query, r, n, counts.total());
            List<SearchResults.Hit> hits = hits(s, userQuery, page(top, r.page(), r.size()));
            return new SearchResults(r.query(), counts.total(), r.page(), r.size(), hits, counts.facets(), counts.timeline(),
                    counts.sampled(), millisSince(started));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms();
        } finally {
            searchers.release(s);
        }
    }

    /** What a search counts over its matches: the part worth keeping for the next page or sort order. */
    private record Counts(long total, Map<String, List<SearchResults.FacetValue>> facets, Timeline timeline, boolean sampled) {
        /** The exact number of matches, and facets and timeline counted over them (or a sample: see {@link Tally}). */
        static Counts of(FacetingSearcher s, Query query, int facetSize) throws IOException {
            Tally tally = Tally.of(s, query);
            FacetOrdinals ordinals = s.facets();
            return new Counts(tally.matches(), FacetCounter.top(ordinals, tally, Schema.FACETS, facetSize),
                    TimelineCounter.of(ordinals, tally), tally.sampled());
        }
    }

    /**
     * The best {@code n} hits, without counting the rest: Lucene skips what cannot make the
     * top (by score bounds, or by the points of the publication time). Equal scores keep index
     * order: breaking their ties by date would keep every copy of a syndicated story in the running.
     */
    private static TopDocs topOnly(IndexSearcher s, Query query, int n, SortOrder order) throws IOException {
        if (order == SortOrder.RELEVANCE) return s.search(query, new TopScoreDocCollectorManager(n, n));
        return s.search(query, new TopFieldCollectorManager(sort(order), n, null, n));
    }

    /**
     * The newest (or oldest) {@code n} of {@code matches} matches. Sorting every match of a broad
     * search by time costs far more than finding the latest ones, so the search first looks among
     * the matches published in the latest stretch of time that should hold {@link #TIME_WINDOW_HITS}
     * times {@code n} of them (were they spread evenly over the time they span), widened fourfold
     * until it holds {@code n}: every match outside a window is older than every match inside it,
     * so its top {@code n} are the search's.
     */
    private static TopDocs inTime(IndexSearcher s, Query query, int n, SortOrder order, long matches) throws IOException {
        long[] span = span(s, Schema.PUBLISHED);
        if (span == null || matches <= (long) n * TIME_WINDOW_HITS) return topOnly(s, query, n, order);
        long first = span[0], last = span[1];
        double width = Math.max(1, (double) Math.max(0, last - first) * n * TIME_WINDOW_HITS / matches);
        boolean newest = order == SortOrder.NEWEST;
        while (newest ? last - width > span[0] : first + width < span[1]) {
            Query window = newest ? LongPoint.newRangeQuery(Schema.PUBLISHED, (long) (last - width), Long.MAX_VALUE)
                    : LongPoint.newRangeQuery(Schema.PUBLISHED, Long.MIN_VALUE, (long) (first + width));
            Query windowed = new BooleanQuery.Builder().add(query, Occur.MUST).add(window, Occur.FILTER).build();
            TopDocs top = topOnly(s, windowed, n, order);
            if (top.scoreDocs.length >= n) return top;
            width *= 4;
        }
        return topOnly(s, query, n, order);
    }

    /**
     * {@link #inTime} for a search within a day range ({@code query}: the user's, filtered as the
     * search is): the windows narrow the range itself (a second range on the time would cost
     * more than it saves). Days are as written and times in
     * UTC, so a day's articles may be up to 14 hours either side of its UTC bounds: a window's hits
     * are the search's only when the last of them is a day clear of the days left outside.
     */
    private static TopDocs inDays(IndexSearcher s, Query userQuery, Query query, SearchRequest r, int n, long matches)
            throws IOException {
        long[] span = span(s, Schema.DAY);
        if (span == null || matches <= (long) n * TIME_WINDOW_HITS) return topOnly(s, query, n, r.sort());
        long first = r.from() == null ? span[0] : Math.max(span[0], r.from().toEpochDay());
        long last = r.to() == null ? span[1] : Math.min(span[1], r.to().toEpochDay());
        double width = Math.max(1, (double) (last - first + 1) * n * TIME_WINDOW_HITS / matches);
        boolean newest = r.sort() == SortOrder.NEWEST;
        while (width < last - first) {
            long edge = newest ? last - (long) width : first + (long) width;
            LocalDate from = newest ? LocalDate.ofEpochDay(edge) : r.from(), to = newest ? r.to() : LocalDate.ofEpochDay(edge);
            TopDocs top = topOnly(s, Queries.filtered(userQuery, Schema.ARTICLE, r.filters(), from, to), n, r.sort());
            if (top.scoreDocs.length >= n) {
                long lastTime = (Long) ((FieldDoc) top.scoreDocs[n - 1]).fields[0];
                boolean clear = newest ? lastTime >= (edge + 1) * SECONDS_PER_DAY : lastTime < edge * SECONDS_PER_DAY;
                if (clear) return top;
            }
            width *= 4;
        }
        return topOnly(s, query, n, r.sort());
    }

    /** The least and greatest value of a one-dimension long point field in the index, or null when no document has one. */
    private static long[] span(IndexSearcher s, String field) throws IOException {
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            PointValues points = leaf.reader().getPointValues(field);
            if (points == null) continue;
            min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
            max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
        }
        return min > max ? null : new long[] {min, max};
    }

    public QuoteResults quotes(QuoteRequest r) throws IOException {
        long started = System.nanoTime();
        Query words = queries.quotes(r.query());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (!r.speaker().isEmpty()) b.add(queries.speaker(r.speaker()), Occur.FILTER);
        return quotes(r.speaker(), r.query(), words, b.build(), r.sort(), r.page(), r.size(), started);
    }

    /** The article with this id, if indexed. */
    public Optional<Article> article(String id) throws IOException {
        IndexSearcher s = acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(StoredArticle.read(s.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            searchers.release(s);
        }
    }

    /** Everything the index knows about an entity or speaker by its canonical name. */
    public EntityProfile entity(String name, int facetSize) throws IOException {
        long started = System.nanoTime();
        QuoteResults quotes = quotes(name, "", MatchAllDocsQuery.INSTANCE, new TermQuery(new Term(Schema.SPEAKER, name)),
                SortOrder.NEWEST, 1, PROFILE_HITS, started);
        Query named = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.ENTITY, name)), Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.SPEAKER, name)), Occur.SHOULD)
                .build();
        FacetingSearcher s = acquire();
        try {
            Query articles = Queries.filtered(named, Schema.ARTICLE, Map.of(), null, null);
            Counts counts = Counts.of(s, articles, facetSize + 1);
            Map<String, Long> types = new LinkedHashMap<>();
            Map<String, List<SearchResults.FacetValue>> related = new LinkedHashMap<>();
            counts.facets().forEach((dim, values) -> {
                values.stream().filter(v -> v.value().equals(name)).findFirst().ifPresent(v -> types.put(dim, v.count()));
                related.put(dim, values.stream().filter(v -> !v.value().equals(name)).limit(facetSize).toList());
            });
            return new EntityProfile(name, types, counts.total(), counts.timeline(), related,
                    hits(s, named, List.of(inTime(s, articles, PROFILE_HITS, SortOrder.NEWEST, counts.total()).scoreDocs)), quotes);
        } finally {
            searchers.release(s);
        }
    }

    /** Articles and quotes in the index. */
    public Map<String, Long> counts() throws IOException {
        IndexSearcher s = acquire();
        try {
            return Map.of("articles", (long) s.count(new TermQuery(new Term(Schema.KIND, Schema.ARTICLE))),
                    "quotes", (long) s.count(new TermQuery(new Term(Schema.KIND, Schema.QUOTE))));
        } finally {
            searchers.release(s);
        }
    }

    private QuoteResults quotes(String speaker, String queryText, Query words, Query query, SortOrder sort, int page,
                                int size, long started) throws IOException {
        Query filtered = Queries.filtered(query, Schema.QUOTE, Map.of(), null, null);
        FacetingSearcher s = acquire();
        try {
            FacetsCollectorManager.FacetsResult found = run(s, filtered, page * size, sort);
            List<ScoreDoc> docs = page(found.topDocs(), page, size);
            int[] ids = docs.stream().mapToInt(d -> d.doc).toArray();
            Snippets.Highlights highlighted = Snippets.highlight(s, analyzer, words, new String[] {Schema.QUOTE_TEXT},
                    Set.of(Schema.QUOTE_TEXT), QUOTE_FIELDS, ids);
            Object[] snippets = highlighted.snippets().get(Schema.QUOTE_TEXT);
            List<QuoteResults.QuoteHit> hits = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                Document d = highlighted.stored()[i];
                hits.add(new QuoteResults.QuoteHit((Snippet) snippets[i], d.get(Schema.SPEAKER),
                        d.getField(Schema.QUOTE_START).numericValue().intValue(), d.getField(Schema.QUOTE_END).numericValue().intValue(),
                        d.get(Schema.ARTICLE_ID), d.get(Schema.ARTICLE_TITLE), d.get(Schema.OUTLET), d.get(Schema.PUBLISHED_ISO),
                        score(docs.get(i))));
            }
            return new QuoteResults(speaker, queryText, total(found.facetsCollector()), page, size, hits, millisSince(started));
        } finally {
            searchers.release(s);
        }
    }

    private List<SearchResults.Hit> hits(IndexSearcher s, Query userQuery, List<ScoreDoc> docs) throws IOException {
        int[] ids = docs.stream().mapToInt(d -> d.doc).toArray();
        Snippets.Highlights highlighted = Snippets.highlight(s, analyzer, userQuery, new String[] {Schema.TITLE, Schema.TEXT},
                Set.of(Schema.TITLE), HIT_FIELDS, ids);
        Map<String, Object[]> snippets = highlighted.snippets();
        Object[] titles = snippets.get(Schema.TITLE), texts = snippets.get(Schema.TEXT);
        List<SearchResults.Hit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Document d = highlighted.stored()[i];
            hits.add(new SearchResults.Hit(d.get(Schema.ARTICLE_ID), (Snippet) titles[i], d.get(Schema.URL), d.get(Schema.OUTLET),
                    d.get(Schema.PUBLISHED_ISO), score(docs.get(i)), (Snippet) texts[i]));
        }
        return hits;
    }

    private static FacetsCollectorManager.FacetsResult run(IndexSearcher s, Query query, int n, SortOrder order) throws IOException {
        try {
            return FacetsCollectorManager.search(s, query, n, sort(order), true, new FacetsCollectorManager());
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms();
        }
    }

    private static InvalidRequestException tooManyTerms() {
        return new InvalidRequestException("the query expands to too many terms (a short prefix* or a broad wildcard): make it more specific");
    }

    private static Sort sort(SortOrder order) {
        SortField newest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true, Long.MIN_VALUE);
        SortField oldest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, false, Long.MAX_VALUE);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest);
            case NEWEST -> new Sort(newest);
            case OLDEST -> new Sort(oldest);
        };
    }

    private static List<ScoreDoc> page(TopDocs top, int page, int size) {
        int from = Math.min((page - 1) * size, top.scoreDocs.length);
        return List.of(top.scoreDocs).subList(from, Math.min(from + size, top.scoreDocs.length));
    }

    private static long total(FacetsCollector matches) {
        return matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    private static float score(ScoreDoc d) {
        return Float.isNaN(d.score) ? 0f : d.score;
    }

    private static double millisSince(long started) {
        return Math.round((System.nanoTime() - started) / 1e4) / 100.0;
    }

    private FacetingSearcher acquire() throws IOException {
        return (FacetingSearcher) searchers.acquire();
    }
}
