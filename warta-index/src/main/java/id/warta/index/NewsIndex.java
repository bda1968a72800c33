package id.warta.index;

import id.warta.index.search.Searcher;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded index in a data folder ({@code <data>/index}): the front door. Open it for
 * writing (one process at a time) or for reading while another process writes; readers see
 * new commits within about a second. A writer's searches see its commits, and (once
 * {@link #keepFresh} is called, as a server does) its writes within about a second.
 * <pre>{@code
 * try (NewsIndex index = NewsIndex.open(Path.of("data"))) {
 *     index.indexer().upsert(article);
 *     index.indexer().commit();
 *     SearchResults r = index.searcher().search(SearchRequest.of("banjir bekasi"));
 * }
 * }</pre>
 */
public final class NewsIndex implements Closeable {
    private static final double RAM_BUFFER_MB = 128;
    private static final long REFRESH_MILLIS = 1000;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Indexer indexer;
    private final Searcher searcher;
    private final ScheduledExecutorService refresher;
    private volatile boolean warmFacets;
    private boolean refreshing;
    /** Searches spread over segments on these threads, one per core. */
    private static final java.util.concurrent.ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "warta-search");
                t.setDaemon(true);
                return t;
            });

    private NewsIndex(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.indexer = writer == null ? null : new Indexer(writer, searchers);
        this.searcher = new Searcher(searchers);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warta-index-refresh");
            t.setDaemon(true);
            return t;
        });
        if (writer == null) keepFresh(); // another process commits: look for its commits
        searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (!didRefresh || !warmFacets) return;
                try {
                    refresher.execute(NewsIndex.this::buildFacets);
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // the index is closing: nothing left to warm
                }
            }
        });
    }

    /**
     * Makes new writes (or another process's commits) visible to searches within about a
     * second: for serving. Not while a writer only ingests: each refresh of a writer's view
     * writes out a small segment, and merging those small segments back together cost a
     * bulk ingest more than its indexing did; its commits refresh the view anyway.
     */
    public synchronized void keepFresh() {
        if (refreshing) return;
        refreshing = true;
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Builds the facet ordinals of each new view of the index as soon as it opens, so no
     * search waits for them: for serving. (An ingest refreshes often and counts no facets.)
     */
    public void keepFacetsWarm() {
        warmFacets = true;
        refresher.execute(this::buildFacets);
    }

    private void buildFacets() {
        try {
            FacetingSearcher s = (FacetingSearcher) searchers.acquire();
            try {
                s.facets();
            } finally {
                searchers.release(s);
            }
        } catch (IOException | RuntimeException e) {
            // the first search builds them instead
        }
    }

    /** Opens (creating when absent) the index in {@code dataFolder} for writing. */
    public static NewsIndex open(Path dataFolder) throws IOException {
        Path path = dataFolder.resolve("index");
        Files.createDirectories(path);
        Directory dir = FSDirectory.open(path);
        try {
            IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    // A flushed segment's files stay apart: packing them into one compound file copied
                    // each segment once more, 3-7% of indexing an analysed article. (The merge policy
                    // still packs merged segments under a tenth of the index, as before.)
                    .setUseCompoundFile(false)
                    // Upserts do not help write out the buffers a commit is writing out: an ingest
                    // finishes its inputs in order, and its other workers ran out of work while one
                    // upsert wrote out a segment (3.3% of the samples of an analysed-input ingest).
                    .setCheckPendingFlushUpdate(false)
                    .setCommitOnClose(true);
            IndexWriter writer = new IndexWriter(dir, config);
            if (!DirectoryReader.indexExists(dir)) writer.commit(); // readers in other processes need a commit to open
            return new NewsIndex(dataFolder, dir, writer, new SearcherManager(writer, FacetingSearcher.factory(SEARCH_THREADS)));
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IndexBusyException(dataFolder, e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Opens the index in {@code dataFolder} for reading only; it must exist. */
    public static NewsIndex openReadOnly(Path dataFolder) throws IOException {
        Directory dir = FSDirectory.open(dataFolder.resolve("index"));
        try {
            return new NewsIndex(dataFolder, dir, null, new SearcherManager(dir, FacetingSearcher.factory(SEARCH_THREADS)));
        } catch (IndexNotFoundException e) {
            dir.close();
            throw new IndexNotFoundException("no index in " + dataFolder + ": run 'warta ingest' first");
        }
    }

    /** For writing when it can, else for reading while the process that writes it goes on. */
    public static NewsIndex openShared(Path dataFolder) throws IOException {
        try {
            return open(dataFolder);
        } catch (IndexBusyException e) {
            return openReadOnly(dataFolder);
        }
    }

    public boolean writable() {
        return writer != null;
    }

    /** The indexer; only on an index opened for writing. */
    public Indexer indexer() {
        if (indexer == null) throw new IllegalStateException("the index in " + folder + " is open for reading only");
        return indexer;
    }

    public Searcher searcher() {
        return searcher;
    }

    public Path folder() {
        return folder;
    }

    /** The user data of the last commit (an ingest's checkpoint). */
    public Map<String, String> lastCommitData() throws IOException {
        return DirectoryReader.listCommits(directory).getLast().getUserData();
    }

    /** Makes the latest writes (or another process's latest commit) visible to searches now. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // the next tick tries again; a search keeps the last good view meanwhile
        }
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        try {
            searchers.close();
            if (writer != null) writer.close();
        } finally {
            directory.close();
        }
    }
}
