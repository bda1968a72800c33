package id.warta.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals of its reader, built once per refresh (building them
 * costs a pass over every facet value, too much for each query). A search may call
 * {@link #facets()} before the first, so serving warms it up after each refresh.
 */
public final class FacetingSearcher extends IndexSearcher {
    private volatile SortedSetDocValuesReaderState facets;
    private volatile boolean facetsBuilt;

    private FacetingSearcher(IndexReader reader) {
        super(reader);
    }

    /**
     * The facet state, built on first use (an ingest refreshes often and never counts facets),
     * or null while no indexed article has a facet value.
     */
    public SortedSetDocValuesReaderState facets() throws IOException {
        if (!facetsBuilt) {
            synchronized (this) {
                if (!facetsBuilt) {
                    IndexReader reader = getIndexReader();
                    facets = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig()) : null;
                    facetsBuilt = true;
                }
            }
        }
        return facets;
    }

    public static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetingSearcher(reader);
            }
        };
    }

    private static boolean hasFacets(IndexReader reader) {
        String field = Schema.facetsConfig().getDimConfig(Schema.OUTLET).indexFieldName;
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null) return true;
        }
        return false;
    }
}
