package id.warta.index.search;

import id.warta.index.FacetOrdinals;
import id.warta.index.FacetingSearcher;
import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

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
        long matches = s.count(query); // Lucene's counting shortcuts make this far cheaper than collecting
        if (matches <= maxExact) return s.search(query, new Counting(ordinals, 1));
        int every = (int) Math.clamp(Math.ceilDiv(matches, sampleSize), 2, Integer.MAX_VALUE);
        if ((long) s.getIndexReader().maxDoc() / every * LEAP_GAIN < matches) {
            Query leaps = new BooleanQuery.Builder().add(query, Occur.MUST).add(new StrideQuery(every), Occur.FILTER).build();
            Tally sample = s.search(leaps, new Counting(ordinals, 1));
            // The quotes between articles make every k-th document not quite every k-th match:
            // scaling by the matches each counted one stands for, not by k, keeps estimates true.
            if (sample.counted > 0) return new Tally(matches, sample.counted, sample.values, sample.days, sample.undated);
        }
        return s.search(query, new Counting(ordinals, every));
    }

    boolean sampled() {
        return counted < matches;
    }

    /** A count among the counted documents, scaled to all matches. */
    long scaled(long count) {
        return sampled() ? Math.round((double) count * matches / counted) : count;
    }

    /** Counts every {@code every}-th match, in one collector per slice of the index, summed at the end. */
    private record Counting(FacetOrdinals ordinals, int every) implements CollectorManager<Counter, Tally> {
        @Override
        public Counter newCollector() {
            return new Counter(ordinals, every, new int[ordinals.valueCount()], new int[ordinals.dayCount()]);
        }

        @Override
        public Tally reduce(Collection<Counter> counters) {
            int[] values = new int[ordinals.valueCount()], days = new int[ordinals.dayCount()];
            long matches = 0, counted = 0, undated = 0;
            for (Counter c : counters) {
                for (int i = 0; i < values.length; i++) values[i] += c.values[i];
                for (int i = 0; i < days.length; i++) days[i] += c.days[i];
                matches += c.matches;
                counted += c.counted;
                undated += c.undated;
            }
            return new Tally(matches, counted, values, days, undated);
        }
    }

    private static final class Counter implements Collector {
        private final FacetOrdinals ordinals;
        private final int every;
        private final int[] values, days;
        private long matches, counted, undated;
        /** Matches to go until the next one counted (1: the next). */
        private int untilNext = 1;
        private final int[] buffer = new int[512];

        Counter(FacetOrdinals ordinals, int every, int[] values, int[] days) {
            this.ordinals = ordinals;
            this.every = every;
            this.values = values;
            this.days = days;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FacetOrdinals.Leaf leaf = ordinals.leaf(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    matches++;
                    if (--untilNext > 0) return;
                    untilNext = every;
                    counted++;
                    if (!leaf.count(doc, values, days)) undated++;
                }

                /** Matches in bulk (from bit sets): the ones skipped over cost nothing each. */
                @Override
                public void collect(DocIdStream stream) throws IOException {
                    int n;
                    while ((n = stream.intoArray(buffer)) > 0) {
                        matches += n;
                        int i = untilNext - 1;
                        for (; i < n; i += every) {
                            counted++;
                            if (!leaf.count(buffer[i], values, days)) undated++;
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
