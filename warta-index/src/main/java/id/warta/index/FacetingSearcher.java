package id.warta.index;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals of its reader, built once per refresh (building them
 * costs a pass over every facet value of new segments, too much for each query). A search may
 * call {@link #facets()} before the first, so serving warms it up after each refresh.
 */
public final class FacetingSearcher extends IndexSearcher {
    /** The doc values field holding every facet value (all dimensions in one). */
    static final String FACET_FIELD = Schema.facetsConfig().getDimConfig(Schema.OUTLET).indexFieldName;

    /** Results kept per view of the index (a refresh brings a new searcher, so they never go stale). */
    private static final int CACHED_RESULTS = Integer.getInteger("warta.search.cache", 512);

    private volatile FacetOrdinals facets;
    private volatile boolean facetsBuilt;
    private final Map<Object, Object> results = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > CACHED_RESULTS;
        }
    });

    private FacetingSearcher(IndexReader reader, Executor executor) {
        super(reader, executor);
    }

    /**
     * A small LRU cache of results computed from this view of the index, by key; empty when
     * {@code -Dwarta.search.cache=0}.
     */
    public Map<Object, Object> results() {
        return results;
    }

    /** Whether {@link #results()} keeps anything. */
    public static boolean caching() {
        return CACHED_RESULTS > 0;
    }

    /** The facet ordinals, built on first use (an ingest refreshes often and never counts facets). */
    public FacetOrdinals facets() throws IOException {
        if (!facetsBuilt) {
            synchronized (this) {
                if (!facetsBuilt) {
                    IndexReader reader = getIndexReader();
                    facets = FacetOrdinals.build(reader, hasFacets(reader));
                    facetsBuilt = true;
                }
            }
        }
        return facets;
    }

    /** Searchers that spread each search over the index's segments with {@code executor} (null: the calling thread only). */
    public static SearcherFactory factory(Executor executor) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new FacetingSearcher(reader, executor);
            }
        };
    }

    private static boolean hasFacets(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(FACET_FIELD);
            if (info != null) return true;
        }
        return false;
    }
}
