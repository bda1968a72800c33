package id.warta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's facet ordinals and publication days, per document, in arrays on the heap.
 * Counting facets reads several values for each matching article: from doc values each costs
 * tens of nanoseconds, from these arrays a few. Each document's values sit together (its day,
 * then its facet ordinals), so counting one costs two memory reads that miss the cache, not
 * one per field. About 8 bytes per document plus 4 per facet value (some 50 MB for a million
 * articles with their quotes). Loaded once per segment and kept while the segment is open:
 * segments never change (the indexer replaces documents, it never updates doc values in place).
 */
final class SegmentFacets {
    /** The day ordinal of a document without a publication day. */
    static final int UNDATED = -1;
    private static final Map<IndexReader.CacheKey, SegmentFacets> LOADED = new ConcurrentHashMap<>();

    /**
     * A document's record is {@code values[starts[doc]]} up to {@code values[starts[doc + 1]]}:
     * its day ordinal (an index into {@link #days}, or {@link #UNDATED}), then its facet ordinals.
     */
    final int[] starts;
    final int[] values;
    /** The segment's distinct publication days (epoch days), ascending. */
    final long[] days;
    /** How many distinct facet values the segment has (its ordinals are below this). */
    final int valueCount;

    private SegmentFacets(int valueCount, int[] starts, int[] values, long[] days) {
        this.valueCount = valueCount;
        this.starts = starts;
        this.values = values;
        this.days = days;
    }

    /** The segment's arrays, loaded on first use and dropped when the segment closes. */
    static SegmentFacets of(LeafReader reader) throws IOException {
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) return load(reader);
        try {
            return LOADED.computeIfAbsent(core.getKey(), key -> {
                try {
                    SegmentFacets loaded = load(reader);
                    core.addClosedListener(LOADED::remove);
                    return loaded;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static SegmentFacets load(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        long[] dayOf = new long[maxDoc];
        boolean[] dated = new boolean[maxDoc];
        long[] seen = new long[maxDoc];
        int datedCount = 0;
        NumericDocValues dayValues = DocValues.getNumeric(reader, Schema.DAY);
        for (int doc = dayValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dayValues.nextDoc()) {
            dayOf[doc] = dayValues.longValue();
            dated[doc] = true;
            seen[datedCount++] = dayOf[doc];
        }
        long[] days = sortedDistinct(seen, datedCount);

        int[] starts = new int[maxDoc + 1];
        int[] values = new int[Math.max(16, maxDoc * 2)];
        int n = 0;
        SortedSetDocValues facets = DocValues.getSortedSet(reader, FacetingSearcher.FACET_FIELD);
        int withValues = facets.nextDoc();
        for (int doc = 0; doc < maxDoc; doc++) {
            starts[doc] = n;
            int count = withValues == doc ? facets.docValueCount() : 0;
            if (n + 1 + count > values.length) values = Arrays.copyOf(values, Math.max(n + 1 + count, values.length + (values.length >> 1)));
            values[n++] = dated[doc] ? Arrays.binarySearch(days, dayOf[doc]) : UNDATED;
            for (int i = 0; i < count; i++) values[n++] = Math.toIntExact(facets.nextOrd());
            if (withValues == doc) withValues = facets.nextDoc();
        }
        starts[maxDoc] = n;
        return new SegmentFacets(Math.toIntExact(facets.getValueCount()), starts, Arrays.copyOf(values, n), days);
    }

    /** The distinct values among {@code values[0..n)}, ascending (sorts that part in place). */
    static long[] sortedDistinct(long[] values, int n) {
        Arrays.sort(values, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) if (distinct == 0 || values[i] != values[distinct - 1]) values[distinct++] = values[i];
        return Arrays.copyOf(values, distinct);
    }
}
