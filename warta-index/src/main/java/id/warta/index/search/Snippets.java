package id.warta.index.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the best passage of each field for the query, as {@link Snippet}s with the matches
 * as ranges. Reads offsets from the postings, so nothing is analysed twice.
 */
final class Snippets {
    /** Joins the values of a field stored more than once, as Lucene's highlighter does. */
    private static final char MULTIVALUE_SEPARATOR = '\u2029';
    /** Longest snippet shown; a longer passage is cut around its first match. */
    static final int MAX_CHARS = 280;
    /** Characters kept before the first match when a passage is cut. */
    private static final int LEAD_CHARS = 60;

    private Snippets() {
    }

    /**
     * Snippets and stored fields of documents.
     *
     * @param snippets per field, one snippet per document (null where the field is absent)
     * @param stored   per document, the other stored fields asked for
     */
    record Highlights(Map<String, Object[]> snippets, Document[] stored) {
    }

    /**
     * Per field, one snippet per document: the {@code whole} fields (titles) whole, the others cut
     * to their best passage; and the stored fields {@code alsoStored} of each document, read with
     * the highlighted ones (a document's stored fields are decompressed together).
     */
    static Highlights highlight(IndexSearcher searcher, Analyzer analyzer, Query query, String[] fields, Set<String> whole,
                                Set<String> alsoStored, int[] docs) throws IOException {
        RangeHighlighter highlighter = new RangeHighlighter(highlighter(searcher, analyzer), whole, alsoStored);
        Map<String, Object[]> snippets = highlighter.objects(fields, query, docs, onePassageEach(fields));
        Document[] stored = new Document[docs.length];
        for (int i = 0; i < docs.length; i++) {
            stored[i] = highlighter.read.get(docs[i]);
            if (stored[i] == null) stored[i] = searcher.storedFields().document(docs[i], alsoStored);
        }
        return new Highlights(snippets, stored);
    }

    private static UnifiedHighlighter.Builder highlighter(IndexSearcher searcher, Analyzer analyzer) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new RangeFormatter())
                .withScorer(new LeanPassageScorer())
                // Matches per term from the postings: Lucene's default (the query's own matches)
                // rewrites the query and builds its weight again for every document and field, which
                // cost a search at 1M articles more than a third of its highlighting.
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(1);
    }

    private static int[] onePassageEach(String[] fields) {
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        return passages;
    }

    /**
     * Opens the highlighter's per-object results, which Lucene keeps for subclasses, and reads
     * the other stored fields wanted while it reads the ones it highlights.
     */
    private static final class RangeHighlighter extends UnifiedHighlighter {
        private final Set<String> whole, alsoStored;
        /** The other stored fields, by document. */
        final Map<Integer, Document> read = new HashMap<>();

        RangeHighlighter(UnifiedHighlighter.Builder builder, Set<String> whole, Set<String> alsoStored) {
            super(builder);
            this.whole = whole;
            this.alsoStored = alsoStored;
        }

        /** As Lucene's, through one reader of stored fields for all the documents, keeping the other fields wanted. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            long chars = 0;
            do {
                int doc = docs.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
                BothReader visitor = new BothReader(fields, getMaxLength(), alsoStored);
                stored.document(doc, visitor);
                values.add(visitor.values());
                read.put(doc, visitor.others);
                for (CharSequence value : visitor.values()) chars += value == null ? 0 : value.length();
            } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return whole.contains(field) ? new WholeBreakIterator() : new SentenceBreaks();
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }

        /** Lucene's reader of the fields to highlight (cut at the highlighter's length), reading other fields too. */
        private static final class BothReader extends UnifiedHighlighter.LimitedStoredFieldVisitor {
            private final Set<String> alsoStored;
            final Document others = new Document();

            BothReader(String[] fields, int maxLength, Set<String> alsoStored) {
                super(fields, MULTIVALUE_SEPARATOR, maxLength);
                this.alsoStored = alsoStored;
                values = new CharSequence[fields.length];
                currentField = -1;
            }

            CharSequence[] values() {
                return values;
            }

            @Override
            public Status needsField(FieldInfo field) throws IOException {
                if (alsoStored.contains(field.name)) return Status.YES;
                Status status = super.needsField(field);
                return status == Status.STOP ? Status.NO : status; // the other fields may come later
            }

            @Override
            public void stringField(FieldInfo field, String value) throws IOException {
                if (alsoStored.contains(field.name)) others.add(new StoredField(field.name, value));
                else super.stringField(field, value);
            }

            @Override
            public void intField(FieldInfo field, int value) {
                others.add(new StoredField(field.name, value));
            }

            @Override
            public void longField(FieldInfo field, long value) {
                others.add(new StoredField(field.name, value));
            }
        }
    }

    /**
     * Lucene's passage scoring (BM25 over the passage's matches), without the hash table of terms
     * it builds for every candidate passage: a passage has a handful of matches, so finding a
     * term among the ones seen is a short scan. Same scores, summed in the same order.
     */
    static final class LeanPassageScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int hits = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[hits];
            int[] inPassage = new int[hits], inDoc = new int[hits];
            int n = 0;
            for (int i = 0; i < hits; i++) {
                int t = 0;
                while (t < n && !distinct[t].bytesEquals(terms[i])) t++;
                if (t == n) {
                    distinct[n++] = terms[i];
                    inDoc[t] = freqsInDoc[i];
                }
                inPassage[t]++;
            }
            float score = 0;
            for (int t = 0; t < n; t++) score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[t]);
            return score * norm(passage.getStartOffset());
        }
    }

    /** Formats the best passage as a {@link Snippet}, cut to {@link #MAX_CHARS}. */
    static final class RangeFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) return null;
            Passage p = passages[0];
            int start = p.getStartOffset(), end = p.getEndOffset();
            if (end - start > MAX_CHARS) {
                int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
                start = Math.max(start, wordStart(content, firstMatch - LEAD_CHARS));
                end = Math.min(end, start + MAX_CHARS);
            }
            while (start < end && Character.isWhitespace(content.charAt(start))) start++;
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) end--;
            List<Snippet.Range> ranges = new ArrayList<>();
            int lastEnd = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(p.getMatchStarts()[i], start), e = Math.min(p.getMatchEnds()[i], end);
                if (s >= e || s < lastEnd) continue; // outside the cut, or overlapping the previous match
                if (lastEnd >= 0 && content.substring(lastEnd, s).isBlank()) {
                    // next to the previous match (a phrase's words): one range, as a reader marks it
                    ranges.set(ranges.size() - 1, new Snippet.Range(ranges.getLast().start(), e - start));
                } else {
                    ranges.add(new Snippet.Range(s - start, e - start));
                }
                lastEnd = e;
            }
            return new Snippet(content.substring(start, end), ranges, start, end < content.length());
        }

        private static int wordStart(String content, int at) {
            if (at <= 0) return 0;
            int i = at;
            while (i > 0 && !Character.isWhitespace(content.charAt(i - 1))) i--;
            return i;
        }
    }
}
