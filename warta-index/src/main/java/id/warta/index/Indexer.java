package id.warta.index;

import id.warta.language.Token;
import id.warta.model.Article;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Writes articles into the index: an upsert keyed by the article's id, replacing the article
 * and its quotes together. Thread-safe: upserts run concurrently, with each other and with
 * {@link #commit}, which makes everything written before it durable.
 */
public final class Indexer {
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Articles written since the searchers last refreshed: id to the latest write. */
    private final Map<String, Write> pending = new ConcurrentHashMap<>();
    private final Set<String> pendingInputs = ConcurrentHashMap.newKeySet();
    /** Upserts share it; a forced merge takes it alone, so no write adds a segment meanwhile. */
    private final ReadWriteLock mergeLock = new ReentrantReadWriteLock();
    /** Commits take it one at a time, each recording its own user data. */
    private final Object commitLock = new Object();

    Indexer(IndexWriter writer, SearcherManager searchers) {
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Indexes an article analysed from an unknown input. */
    public Upsert upsert(Article article) throws IOException {
        return upsert(article, null);
    }

    /**
     * Indexes an article, replacing the one with the same key unless its content is the same.
     *
     * @param inputHash the {@link InputFingerprint} of the input it came from, or null
     */
    public Upsert upsert(Article article, String inputHash) throws IOException {
        return upsert(article, inputHash, null);
    }

    /**
     * As {@link #upsert(Article, String)}, with the tokens of the article's text as the analysis cut them
     * ({@code Pipeline.Analysed}), which the index reads instead of cutting the text again.
     *
     * @param textTokens {@code Tokenizer.tokenize(article.text())}, or null to have the text cut here
     */
    public Upsert upsert(Article article, String inputHash, List<Token> textTokens) throws IOException {
        ArticleDocuments.Prepared prepared = ArticleDocuments.prepare(article, inputHash, textTokens);
        String id = prepared.key().id();
        mergeLock.readLock().lock();
        try {
            Upsert.Outcome[] outcome = new Upsert.Outcome[1];
            IOException[] failure = new IOException[1];
            // compute() serialises writers of one id, so two copies of an article never race.
            pending.compute(id, (k, pendingWrite) -> {
                try {
                    String previous = pendingWrite != null ? pendingWrite.contentHash() : storedHash(id);
                    if (prepared.contentHash().equals(previous)) {
                        outcome[0] = Upsert.Outcome.UNCHANGED;
                        return pendingWrite;
                    }
                    // A new article (neither pending nor in the searchers' view) has nothing to replace: added
                    // without a delete by id, which every flush and refresh would look up in every segment.
                    long sequence = previous == null ? writer.addDocuments(prepared.documents())
                            : writer.updateDocuments(new Term(Schema.ARTICLE_ID, id), prepared.documents());
                    outcome[0] = previous == null ? Upsert.Outcome.ADDED : Upsert.Outcome.UPDATED;
                    return new Write(prepared.contentHash(), sequence);
                } catch (IOException e) {
                    failure[0] = e;
                    return pendingWrite;
                }
            });
            if (failure[0] != null) throw failure[0];
            // An unchanged article keeps the input it was first written from: this one is not in the index.
            if (inputHash != null && outcome[0] != Upsert.Outcome.UNCHANGED) pendingInputs.add(inputHash);
            return new Upsert(id, outcome[0]);
        } finally {
            mergeLock.readLock().unlock();
        }
    }

    /** Whether an article analysed from exactly this input is already in the index. */
    public boolean hasInput(String inputHash) throws IOException {
        if (pendingInputs.contains(inputHash)) return true;
        IndexSearcher searcher = searchers.acquire();
        try {
            return Lookup.first(searcher.getIndexReader(), Schema.INPUT_HASH, inputHash) != null;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Makes every upsert that returned before this call durable (an fsync'd Lucene commit
     * point), records {@code userData} with it, and refreshes the searchers. Upserts go on
     * meanwhile: they once waited for the whole commit (writing out the documents buffered
     * since, the fsync, the refresh), a second or two at a time under load with both
     * workers of an ingest idle.
     */
    public void commit(Map<String, String> userData) throws IOException {
        synchronized (commitLock) {
            writer.setLiveCommitData(userData.entrySet());
            writer.commit();
            refreshSearchers();
        }
    }

    /**
     * Refreshes the searchers and forgets the pending writes they now see: those written
     * before the refresh began, unless written again since. A write still pending when the
     * searchers see it too is harmless: the pending write is the latest.
     */
    private void refreshSearchers() throws IOException {
        // An entry shows once its compute() has returned, so its documents were written before this copy.
        Map<String, Write> written = Map.copyOf(pending);
        Set<String> inputs = Set.copyOf(pendingInputs);
        searchers.maybeRefreshBlocking();
        // Removed only where still the very write copied: a write since, even of the same content
        // (changed and changed back meanwhile), has a sequence number of its own and stays pending.
        written.forEach((id, write) -> pending.remove(id, write));
        pendingInputs.removeAll(inputs);
    }

    public void commit() throws IOException {
        commit(Map.of());
    }

    /**
     * Merges the index down to at most {@code maxSegments} segments and commits: for an index
     * that is mostly read, fewer segments make every search cheaper (one facet ordinal space,
     * fewer term lookups). Slow on a large index; writes wait meanwhile.
     *
     * @param userData recorded with the commit that follows, as in {@link #commit(Map)}
     */
    public void forceMerge(int maxSegments, Map<String, String> userData) throws IOException {
        mergeLock.writeLock().lock();
        try {
            writer.forceMerge(maxSegments);
        } finally {
            mergeLock.writeLock().unlock();
        }
        commit(userData);
    }

    /**
     * A write of an article not yet visible to searches: its content hash, and the sequence
     * number Lucene gave the write, which tells two writes of the same content apart.
     */
    private record Write(String contentHash, long sequence) {
    }

    /** The content hash of the indexed article with this id, or null when there is none. */
    private String storedHash(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Lookup.Hit hit = Lookup.first(searcher.getIndexReader(), Schema.ID, id);
            if (hit == null) return null;
            return hit.leaf().storedFields().document(hit.doc(), Set.of(Schema.CONTENT_HASH)).get(Schema.CONTENT_HASH);
        } finally {
            searchers.release(searcher);
        }
    }
}
