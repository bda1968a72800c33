package id.warta.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches that facets and the timeline are counted over: all of them up to
 * {@link #MAX_EXACT}, else every k-th (in index order), with counts scaled back by k.
 * Counting costs a few facet values per matching article; a query matching most of a
 * million articles would spend tens of milliseconds on exact counts nobody reads to the unit.
 *
 * @param matches the documents to count
 * @param scale   what each counted document stands for (1 when exact)
 */
record Sample(FacetsCollector matches, long scale) {
    /** Matches counted exactly; beyond this, counts are estimated from a systematic sample of this size. */
    static final long MAX_EXACT = 20_000;

    boolean exact() {
        return scale == 1;
    }

    long scaled(long count) {
        return count * scale;
    }

    static Sample of(FacetsCollector all, long total) throws IOException {
        return of(all, total, MAX_EXACT);
    }

    static Sample of(FacetsCollector all, long total, long maxExact) throws IOException {
        if (total <= maxExact) return new Sample(all, 1);
        long stride = (total + maxExact - 1) / maxExact;
        List<FacetsCollector.MatchingDocs> sampled = new ArrayList<>();
        long seen = 0;
        for (FacetsCollector.MatchingDocs m : all.getMatchingDocs()) {
            if (m.totalHits() == 0 || m.bits() == null) continue;
            FixedBitSet kept = new FixedBitSet(m.context().reader().maxDoc());
            int count = 0;
            DocIdSetIterator docs = m.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (seen++ % stride == 0) {
                    kept.set(doc);
                    count++;
                }
            }
            sampled.add(new FacetsCollector.MatchingDocs(m.context(), new BitDocIdSet(kept, count), count, null));
        }
        List<FacetsCollector.MatchingDocs> fixed = List.copyOf(sampled);
        return new Sample(new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return fixed;
            }
        }, stride);
    }
}
