package id.warta.index.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches every k-th document of each segment: a systematic sample of the index. In a
 * conjunction with a broad query, Lucene leaps from one sampled document to the next, so
 * counting facets over the sample costs about 1/k of counting over every match.
 */
final class StrideQuery extends Query {
    private final int stride;

    StrideQuery(int stride) {
        if (stride < 1) throw new IllegalArgumentException("stride must be at least 1: " + stride);
        this.stride = stride;
    }

    int stride() {
        return stride;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return new ConstantScoreScorer(score(), scoreMode, new Strides(maxDoc, stride));
                    }

                    @Override
                    public long cost() {
                        return Math.max(1, maxDoc / stride);
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }
        };
    }

    @Override
    public String toString(String field) {
        return "stride(" + stride + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((StrideQuery) other).stride == stride;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + stride;
    }

    /** Documents 0, k, 2k... of one segment. */
    private static final class Strides extends DocIdSetIterator {
        private final int maxDoc, stride;
        private int doc = -1;

        Strides(int maxDoc, int stride) {
            this.maxDoc = maxDoc;
            this.stride = stride;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            long next = ((long) target + stride - 1) / stride * stride;
            doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
            return doc;
        }

        @Override
        public long cost() {
            return Math.max(1, maxDoc / stride);
        }
    }

}
