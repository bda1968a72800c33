package id.warta.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Finds the live document holding an exact term, segment by segment: the fast path for ids. */
final class Lookup {
    record Hit(LeafReader leaf, int doc) {
    }

    private Lookup() {
    }

    static Hit first(IndexReader reader, String field, String value) throws IOException {
        BytesRef term = new BytesRef(value);
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            Terms terms = leaf.terms(field);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) continue;
            Bits live = leaf.getLiveDocs();
            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) return new Hit(leaf, doc);
            }
        }
        return null;
    }
}
