package id.warta.index.search;

import id.warta.index.FacetOrdinals;
import id.warta.index.FacetingSearcher;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * What a search counts over its matches, in one pass: each facet value and publication day.
 * Up to {@link #MAX_EXACT} matches every match is counted; beyond, a systematic sample of
 * about {@link #SAMPLE_SIZE} stands for all of them: every k-th match, or, for a search so
 * broad that it is cheaper, the matches among every k-th document of the index (which Lucene
 * leaps to without visiting the rest). Sampled counts are scaled by how many matches each
 * counted one stands for. The number of matches is always exact.
 *
 * @param matches how many documents match (exact)
 * @param counted how many of them were counted ({@code matches} unless sampled)
 * @param values  counted documents per facet value ordinal
 * @param days    counted documents per day ordinal
 * @param undated counted documents without a publication day
 */
record Tally(long matches, long counted, int[] values, int[] days, long undated) {
    /** Matches counted exactly; beyond this, counts are estimated from a sample. */
    static final long MAX_EXACT = 20_000;
    /** About how many matches an estimate is made from: enough for counts read as proportions. */
    static final long SAMPLE_SIZE = 10_000;
    /**
     * Leaping over the index to every k-th document beats walking every match when the
     * documents leapt to are fewer than the matches by this factor.
     */
    private static final int LEAP_GAIN = 4;

    static Tally of(FacetingSearcher s, Query query) throws IOException {
        return of(s, query, MAX_EXACT, SAMPLE_SIZE);
    }

    static Tally of(FacetingSearcher s, Query query, long maxExact, long sampleSize) throws IOException {
        FacetOrdinals ordinals = s.facets();
        Query rewritten = s.rewrite(query);
        long matches = countWithoutVisiting(s, rewritten);
        // Few matches, or a count that would visit every match anyway: one visit counts them and keeps a sample.
        if (matches < 0 || matches <= maxExact) return s.search(rewritten, new Sampling(ordinals, 1, maxExact, sampleSize));
        int every = (int) Math.clamp(Math.ceilDiv(matches, sampleSize), 2, Integer.MAX_VALUE);
        if ((long) s.getIndexReader().maxDoc() / every * LEAP_GAIN < matches) {
            Query leaps = new BooleanQuery.Builder().add(rewritten, Occur.MUST).add(new StrideQuery(every), Occur.FILTER).build();
            Tally sample = s.search(leaps, new Sampling(ordinals, 1, 0, sampleSize));
            // The quotes between articles make every k-th document not quite every k-th match:
            // scaling by the matches each counted one stands for, not by k, keeps estimates true.
            if (sample.counted > 0) return new Tally(matches, sample.counted, sample.values, sample.days, sample.undated);
        }
        return s.search(rewritten, new Sampling(ordinals, every, maxExact, sampleSize));
    }

    /** The number of matches when Lucene knows it without visiting them (from term statistics), else -1. */
    private static long countWithoutVisiting(IndexSearcher s, Query rewritten) throws IOException {
        Weight weight = s.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        long total = 0;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            int count = weight.count(leaf);
            if (count < 0) return -1;
            total += count;
        }
        return total;
    }

    boolean sampled() {
        return counted < matches;
    }

    /** A count among the counted documents, scaled to all matches. */
    long scaled(long count) {
        return sampled() ? Math.round((double) count * matches / counted) : count;
    }

    /**
     * Counts the matches and keeps every {@code every}-th of them; when more than {@code
     * maxExact} match, what was kept is thinned to about {@code sampleSize} (every other one kept
     * while visiting, when the kept ones fill their buffer; every k-th at the end), so the sample
     * stays systematic: every j-th match, for one j. The facets of the kept matches are counted at
     * the end.
     */
    private record Sampling(FacetOrdinals ordinals, int every, long maxExact, long sampleSize)
            implements CollectorManager<Sampler, Tally> {
        @Override
        public Sampler newCollector() {
            return new Sampler(every, (int) Math.min(Math.max(maxExact, 2 * sampleSize), MAX_BUFFER));
        }

        @Override
        public Tally reduce(Collection<Sampler> samplers) throws IOException {
            long matches = 0;
            int stride = 1;
            for (Sampler s : samplers) {
                matches += s.matches;
                stride = Math.max(stride, s.every);
            }
            // Slices thinned apart are thinned to the same stride, so every kept match stands for as many.
            int kept = 0;
            for (Sampler s : samplers) {
                s.thin(stride / s.every);
                kept += s.size;
            }
            int[] docs = new int[kept];
            int n = 0;
            for (Sampler s : samplers) {
                System.arraycopy(s.kept, 0, docs, n, s.size);
                n += s.size;
            }
            if (samplers.size() > 1) Arrays.sort(docs, 0, n);
            if (matches > maxExact && n > sampleSize) {
                int k = (int) Math.ceilDiv(n, sampleSize);
                int m = 0;
                for (int i = 0; i < n; i += k) docs[m++] = docs[i];
                n = m;
            }
            return count(matches, docs, n);
        }

        /** Counts the facets of documents given by ascending ids across the view's segments. */
        private Tally count(long matches, int[] docs, int n) {
            int[] values = new int[ordinals.valueCount()], days = new int[ordinals.dayCount()];
            long undated = 0;
            List<LeafReaderContext> leaves = ordinals.contexts();
            int i = 0;
            while (i < n) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
                int end = leaf.docBase + leaf.reader().maxDoc(), j = i;
                while (j < n && docs[j] < end) {
                    docs[j] -= leaf.docBase;
                    j++;
                }
                undated += ordinals.leaf(leaf).count(docs, i, j, values, days);
                i = j;
            }
            return new Tally(matches, n, values, days, undated);
        }
    }

    /** Most matches a slice keeps before thinning them. */
    private static final int MAX_BUFFER = 1 << 20;

    /** Counts every match of a slice of the index and keeps every {@code every}-th (as ids in the view). */
    private static final class Sampler implements Collector {
        int every;
        long matches;
        final int[] kept;
        int size;
        /** Matches to go until the next one kept (1: the next). */
        private int untilNext = 1;
        private final int[] buffer = new int[512];

        Sampler(int every, int capacity) {
            this.every = every;
            this.kept = new int[Math.max(2, capacity & ~1)];
        }

        private void keep(int doc) {
            if (size == kept.length) thin(2);
            kept[size++] = doc;
            untilNext = every;
        }

        /** Keeps every {@code k}-th of the kept matches. */
        void thin(int k) {
            if (k <= 1) return;
            int m = 0;
            for (int i = 0; i < size; i += k) kept[m++] = kept[i];
            size = m;
            every *= k;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    matches++;
                    if (--untilNext > 0) return;
                    keep(base + doc);
                }

                /** Matches in bulk (from bit sets): the ones skipped over cost nothing each. */
                @Override
                public void collect(DocIdStream stream) throws IOException {
                    int n;
                    while ((n = stream.intoArray(buffer)) > 0) {
                        matches += n;
                        int i = untilNext - 1;
                        while (i < n) {
                            keep(base + buffer[i]);
                            i += every;
                        }
                        untilNext = i - n + 1;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
