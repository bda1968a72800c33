package id.warta.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * Every document's facet values and publication day in one view of the index, numbered
 * across its segments: value ordinals (grouped by facet field, in value order within each)
 * and day ordinals (in time order). Counting a search's matches is then a pass that adds one
 * to an array slot per value and per day; see {@link Leaf#count}.
 */
public final class FacetOrdinals {
    private final SortedSetDocValuesReaderState state;
    private final Leaf[] leaves;
    private final long[] days;
    private final List<LeafReaderContext> contexts;
    /** Values read so far, by ordinal: reading one from the index decompresses a block of them. */
    private final String[] labels;

    private FacetOrdinals(SortedSetDocValuesReaderState state, Leaf[] leaves, long[] days, List<LeafReaderContext> contexts) {
        this.labels = new String[state == null ? 0 : state.getSize()];
        this.state = state;
        this.leaves = leaves;
        this.days = days;
        this.contexts = contexts;
    }

    static FacetOrdinals build(IndexReader reader, boolean hasFacets) throws IOException {
        SortedSetDocValuesReaderState state = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig()) : null;
        OrdinalMap map = null;
        if (state != null && state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi) map = multi.mapping;
        List<LeafReaderContext> contexts = reader.leaves();
        SegmentFacets[] segments = new SegmentFacets[contexts.size()];
        int dayTotal = 0;
        for (LeafReaderContext c : contexts) {
            segments[c.ord] = SegmentFacets.of(c.reader());
            dayTotal += segments[c.ord].days.length;
        }
        long[] all = new long[dayTotal];
        int at = 0;
        for (SegmentFacets seg : segments) {
            System.arraycopy(seg.days, 0, all, at, seg.days.length);
            at += seg.days.length;
        }
        all = SegmentFacets.sortedDistinct(all, at);
        Leaf[] leaves = new Leaf[contexts.size()];
        for (LeafReaderContext c : contexts) {
            SegmentFacets seg = segments[c.ord];
            int[] globalOrds = null;
            if (map != null) {
                LongValues toGlobal = map.getGlobalOrds(c.ord);
                globalOrds = new int[seg.valueCount];
                for (int ord = 0; ord < seg.valueCount; ord++) globalOrds[ord] = Math.toIntExact(toGlobal.get(ord));
            }
            int[] globalDays = new int[seg.days.length];
            for (int d = 0; d < seg.days.length; d++) globalDays[d] = Arrays.binarySearch(all, seg.days[d]);
            leaves[c.ord] = new Leaf(seg, globalOrds, globalDays);
        }
        return new FacetOrdinals(state, leaves, all, contexts);
    }

    /** How many distinct facet values there are (every value ordinal is below this). */
    public int valueCount() {
        return state == null ? 0 : state.getSize();
    }

    /** How many distinct publication days there are. */
    public int dayCount() {
        return days.length;
    }

    /** The epoch day of a day ordinal. */
    public long day(int ord) {
        return days[ord];
    }

    /** The value ordinals of a facet field, {@code [start, end)}, or null when no document has a value for it. */
    public int[] range(String dim) {
        SortedSetDocValuesReaderState.OrdRange r = state == null ? null : state.getOrdRange(dim);
        return r == null ? null : new int[] {r.start(), r.end() + 1};
    }

    /** Reads the values of ordinals; not thread-safe, so one per search. */
    public Labels labels() throws IOException {
        return new Labels(state, labels);
    }

    /** The segments of the view, in document id order. */
    public List<LeafReaderContext> contexts() {
        return contexts;
    }

    /** The documents of one segment. */
    public Leaf leaf(LeafReaderContext context) {
        return leaves[context.ord];
    }

    /** The values of ordinals, as written ({@code Sri Wulandari}). */
    public static final class Labels {
        private final SortedSetDocValuesReaderState state;
        private final String[] read;
        private SortedSetDocValues values;

        private Labels(SortedSetDocValuesReaderState state, String[] read) {
            this.state = state;
            this.read = read;
        }

        public String value(int ord) throws IOException {
            String label = read[ord]; // shared by the view's searches: a String is safe to publish by a race
            if (label == null) {
                if (values == null) values = state.getDocValues();
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                label = read[ord] = path[path.length - 1];
            }
            return label;
        }
    }

    /** One segment's documents, with their ordinals mapped to the view's. */
    public static final class Leaf {
        /** Documents whose records are read together (see {@link #count}). */
        private static final int BATCH = 64;
        private final int[] starts, values;
        /** Segment value ordinal to the view's; null when they are the same (a single segment). */
        private final int[] globalOrds;
        private final int[] globalDays;

        private Leaf(SegmentFacets seg, int[] globalOrds, int[] globalDays) {
            this.starts = seg.starts;
            this.values = seg.values;
            this.globalOrds = globalOrds;
            this.globalDays = globalDays;
        }

        /**
         * Adds the facet values of documents {@code docs[from..to)} (ascending ids in the segment) to {@code valueCounts} (by value
         * ordinal) and their days to {@code dayCounts} (by day ordinal); returns how many have no
         * publication day. Each document's record is a read that misses the cache; reading the
         * records' bounds for a batch first, then their days, then their values lets the processor
         * wait for many of those reads at once instead of one after another.
         */
        public int count(int[] docs, int fromIndex, int toIndex, int[] valueCounts, int[] dayCounts) {
            int undated = 0;
            int[] from = new int[BATCH], to = new int[BATCH], day = new int[BATCH];
            for (int batch = fromIndex; batch < toIndex; batch += BATCH) {
                int size = Math.min(BATCH, toIndex - batch);
                for (int i = 0; i < size; i++) {
                    int doc = docs[batch + i];
                    from[i] = starts[doc];
                    to[i] = starts[doc + 1];
                }
                for (int i = 0; i < size; i++) day[i] = values[from[i]];
                for (int i = 0; i < size; i++) {
                    if (globalOrds == null) {
                        for (int v = from[i] + 1; v < to[i]; v++) valueCounts[values[v]]++;
                    } else {
                        for (int v = from[i] + 1; v < to[i]; v++) valueCounts[globalOrds[values[v]]]++;
                    }
                    if (day[i] == SegmentFacets.UNDATED) undated++;
                    else dayCounts[globalDays[day[i]]]++;
                }
            }
            return undated;
        }
    }
}
