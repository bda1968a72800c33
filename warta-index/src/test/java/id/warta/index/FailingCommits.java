package id.warta.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/** An index in memory whose every commit fails at its fsync, as on a full or failing disk. */
public final class FailingCommits implements AutoCloseable {
    /** The message of each commit's failure. */
    public static final String FAILURE = "fsync failed: no space left on device";

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Indexer indexer;

    public FailingCommits() throws IOException {
        Directory failingSync = new FilterDirectory(new ByteBuffersDirectory()) {
            @Override
            public void sync(Collection<String> names) throws IOException {
                throw new IOException(FAILURE);
            }
        };
        writer = new IndexWriter(failingSync, new IndexWriterConfig(Schema.analyzer()).setCommitOnClose(false));
        searchers = new SearcherManager(writer, null);
        indexer = new Indexer(writer, searchers);
    }

    public Indexer indexer() {
        return indexer;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback();
    }
}
