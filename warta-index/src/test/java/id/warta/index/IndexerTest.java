package id.warta.index;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.index.search.QuoteRequest;
import id.warta.index.search.SearchRequest;
import id.warta.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
    @TempDir
    Path data;

    @Test
    void storesTheArticleAsItWasAnalysed() throws IOException {
        Article rates = TestArticles.rates();
        try (NewsIndex index = NewsIndex.open(data)) {
            Upsert up = index.indexer().upsert(rates);
            index.indexer().commit();
            assertThat(index.searcher().article(up.id())).contains(rates);
        }
    }

    @Test
    void sameArticleTwiceIsStoredOnce() throws IOException {
        try (NewsIndex index = NewsIndex.open(data)) {
            Upsert first = index.indexer().upsert(TestArticles.flood());
            Upsert again = index.indexer().upsert(TestArticles.flood());
            index.indexer().commit();
            Upsert afterCommit = index.indexer().upsert(TestArticles.flood());
            assertThat(first.outcome()).isEqualTo(Upsert.Outcome.ADDED);
            assertThat(again.outcome()).isEqualTo(Upsert.Outcome.UNCHANGED);
            assertThat(afterCommit.outcome()).isEqualTo(Upsert.Outcome.UNCHANGED);
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(index.searcher().counts()).containsEntry("articles", 1L).containsEntry("quotes", 1L);
        }
    }

    @Test
    void anUnchangedArticleFromAnotherInputLeavesThatInputUnindexed() throws IOException {
        try (NewsIndex index = NewsIndex.open(data)) {
            index.indexer().upsert(TestArticles.flood(), "input-first");
            Upsert again = index.indexer().upsert(TestArticles.flood(), "input-second");
            assertThat(again.outcome()).isEqualTo(Upsert.Outcome.UNCHANGED);
            assertThat(index.indexer().hasInput("input-first")).isTrue();
            assertThat(index.indexer().hasInput("input-second")).isFalse();
            index.indexer().commit();
            assertThat(index.indexer().hasInput("input-first")).isTrue();
            assertThat(index.indexer().hasInput("input-second")).isFalse();
        }
    }

    @Test
    void aNewVersionAtTheSameUrlReplacesTheOldOneAndItsQuotes() throws IOException {
        Article original = TestArticles.flood();
        Article corrected = TestArticles.withText(original, original.text().replace("satu meter", "dua meter"));
        try (NewsIndex index = NewsIndex.open(data)) {
            index.indexer().upsert(original);
            index.indexer().commit();
            Upsert update = index.indexer().upsert(corrected);
            index.indexer().commit();
            assertThat(update.outcome()).isEqualTo(Upsert.Outcome.UPDATED);
            assertThat(index.searcher().counts()).containsEntry("articles", 1L).containsEntry("quotes", 0L);
            assertThat(index.searcher().article(update.id()).orElseThrow().text()).contains("dua meter");
            assertThat(index.searcher().search(SearchRequest.of("text:\"satu meter\"")).total()).isZero();
            assertThat(index.searcher().quotes(QuoteRequest.of("Rahmat", "")).total()).isZero();
        }
    }

    @Test
    void articlesWithoutUrlAreKeyedByContent() throws IOException {
        try (NewsIndex index = NewsIndex.open(data)) {
            assertThat(index.indexer().upsert(TestArticles.undated()).outcome()).isEqualTo(Upsert.Outcome.ADDED);
            assertThat(index.indexer().upsert(TestArticles.undated()).outcome()).isEqualTo(Upsert.Outcome.UNCHANGED);
            Article other = TestArticles.withText(TestArticles.undated(), "Kerja bakti ditunda karena hujan.");
            assertThat(index.indexer().upsert(other).outcome()).isEqualTo(Upsert.Outcome.ADDED);
            index.indexer().commit();
            assertThat(index.searcher().counts()).containsEntry("articles", 2L);
        }
    }

    @Test
    void survivesReopening() throws IOException {
        String id;
        try (NewsIndex index = NewsIndex.open(data)) {
            id = index.indexer().upsert(TestArticles.rice()).id();
            index.indexer().commit();
        }
        try (NewsIndex index = NewsIndex.openReadOnly(data)) {
            assertThat(index.writable()).isFalse();
            assertThat(index.searcher().article(id)).contains(TestArticles.rice());
        }
    }

    @Test
    void aSecondWriterIsToldTheIndexIsBusyAndCanStillRead() throws IOException {
        try (NewsIndex writer = NewsIndex.open(data)) {
            writer.indexer().upsert(TestArticles.rice());
            writer.indexer().commit();
            try (NewsIndex shared = NewsIndex.openShared(data)) {
                assertThat(shared.writable()).isFalse();
                assertThat(shared.searcher().counts()).containsEntry("articles", 1L);
            }
        }
    }

    /**
     * Commits run while upserts go on (an ingest commits on a thread of its own): nothing
     * written is lost or doubled, and an article written before or during any commit is still
     * recognised as unchanged, or replaced when its content changed.
     */
    @Test
    void upsertsDuringCommitsAreKeptOnceAndStillRecognised() throws Exception {
        int perWriter = 100, writers = 2;
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < perWriter * writers; i++) {
            String url = "https://kabar.example.id/read/2025/11/26/" + i + "/banjir";
            articles.add(TestArticles.copy(TestArticles.flood(), tree -> tree.put("url", url)));
        }
        try (NewsIndex index = NewsIndex.open(data); ExecutorService pool = Executors.newFixedThreadPool(writers + 1)) {
            Indexer indexer = index.indexer();
            AtomicBoolean writing = new AtomicBoolean(true);
            Future<Integer> committer = pool.submit(() -> {
                int commits = 0;
                while (writing.get()) {
                    indexer.commit();
                    commits++;
                }
                return commits;
            });
            List<Future<List<Upsert.Outcome>>> outcomes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                List<Article> mine = articles.subList(w * perWriter, (w + 1) * perWriter);
                outcomes.add(pool.submit(() -> {
                    List<Upsert.Outcome> seen = new ArrayList<>();
                    for (Article a : mine) {
                        seen.add(indexer.upsert(a).outcome());
                        seen.add(indexer.upsert(a).outcome()); // again at once: a commit may fall between
                    }
                    return seen;
                }));
            }
            List<Upsert.Outcome> all = new ArrayList<>();
            for (Future<List<Upsert.Outcome>> f : outcomes) all.addAll(f.get());
            writing.set(false);
            assertThat(committer.get()).isPositive();
            assertThat(all).filteredOn(o -> o == Upsert.Outcome.ADDED).hasSize(articles.size());
            assertThat(all).filteredOn(o -> o == Upsert.Outcome.UNCHANGED).hasSize(articles.size());
            Article changed = TestArticles.withText(articles.get(7), "Banjir surut pada Rabu pagi.");
            assertThat(indexer.upsert(articles.get(3)).outcome()).isEqualTo(Upsert.Outcome.UNCHANGED);
            assertThat(indexer.upsert(changed).outcome()).isEqualTo(Upsert.Outcome.UPDATED);
            indexer.commit();
            assertThat(index.searcher().counts()).containsEntry("articles", (long) articles.size());
        }
    }

    /**
     * The searchers refresh while another writer changes an article and then writes it back as
     * it was: the view opened in between holds the change, the index the article as it was. That
     * last write must stay pending (it repeats the content of a write the refresh forgets), else
     * the change written once more is taken for the view's and dropped as unchanged.
     */
    @Test
    void aWriteRepeatedWhileTheSearchersRefreshStaysPending() throws IOException {
        Article original = TestArticles.flood();
        Article corrected = TestArticles.withText(original, original.text().replace("satu meter", "dua meter"));
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()));
             SearcherManager searchers = new SearcherManager(writer, null)) {
            Indexer indexer = new Indexer(writer, searchers);
            String id = indexer.upsert(original).id();
            List<Upsert.Outcome> meanwhile = new ArrayList<>();
            AtomicBoolean once = new AtomicBoolean(true);
            searchers.addListener(new ReferenceManager.RefreshListener() {
                @Override
                public void beforeRefresh() throws IOException {
                    if (once.get()) meanwhile.add(indexer.upsert(corrected).outcome()); // seen by the new view
                }

                @Override
                public void afterRefresh(boolean didRefresh) throws IOException {
                    if (once.getAndSet(false)) meanwhile.add(indexer.upsert(original).outcome()); // not seen by it
                }
            });
            indexer.commit();
            assertThat(meanwhile).containsExactly(Upsert.Outcome.UPDATED, Upsert.Outcome.UPDATED);

            assertThat(indexer.upsert(corrected).outcome()).isEqualTo(Upsert.Outcome.UPDATED);
            indexer.commit();
            IndexSearcher view = searchers.acquire();
            try {
                Lookup.Hit hit = Lookup.first(view.getIndexReader(), Schema.ID, id);
                assertThat(hit.leaf().storedFields().document(hit.doc()).get(Schema.CONTENT_HASH))
                        .isEqualTo(ArticleDocuments.prepare(corrected, null, null).contentHash());
            } finally {
                searchers.release(view);
            }
        }
    }
}
