package id.warta.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.warta.index.FacetingSearcher;
import id.warta.index.NewsIndex;
import id.warta.index.Schema;
import id.warta.index.TestArticles;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTest {
    @Test
    void estimatesCountsFromASampleKeepingTheTotalExactAndSaysSo(@TempDir Path data) throws Exception {
        Article base = TestArticles.rice(); // one quote each: documents alternate article, quote
        try (NewsIndex index = NewsIndex.open(data)) {
            for (int i = 0; i < 300; i++) {
                String place = i % 3 == 0 ? "Bogor" : "Depok"; // 100 Bogor, 200 Depok
                int n = i;
                Article copy = TestArticles.copy(base, tree -> {
                    tree.put("url", "https://finance.detik.com/d-" + n);
                    tree.set("entities", ArticleJson.mapper().valueToTree(List.of(new Entity(place, EntityType.PLACE, List.of(), List.of(), null))));
                });
                index.indexer().upsert(copy);
            }
            index.indexer().commit();
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve("index")); SearcherManager manager = new SearcherManager(dir, FacetingSearcher.factory(null))) {
            FacetingSearcher s = (FacetingSearcher) manager.acquire();
            try {
                var articles = new TermQuery(new Term(Schema.KIND, Schema.ARTICLE));
                Tally exact = Tally.of(s, articles, 1000, 1000);
                assertThat(exact.sampled()).isFalse();
                assertThat(FacetCounter.top(s.facets(), exact, List.of(Schema.PLACE), 5).get(Schema.PLACE))
                        .containsExactly(new SearchResults.FacetValue("Depok", 200), new SearchResults.FacetValue("Bogor", 100));

                // 300 matches among 600 documents: every 2nd match is walked to, every 10th document leapt to.
                for (Tally sampled : List.of(Tally.of(s, articles, 30, 150), Tally.of(s, articles, 30, 30))) {
                    assertThat(sampled.sampled()).isTrue();
                    assertThat(sampled.matches()).isEqualTo(300);
                    assertThat(sampled.counted()).isLessThan(300);
                    // Every 10th document is every 5th article here: counts scale by the matches each
                    // counted article stands for (5), not by the stride (10).
                    Map<String, List<SearchResults.FacetValue>> counts = FacetCounter.top(s.facets(), sampled, List.of(Schema.PLACE), 5);
                    assertThat(counts.get(Schema.PLACE)).extracting(SearchResults.FacetValue::value).containsExactly("Depok", "Bogor");
                    assertThat(counts.get(Schema.PLACE).get(0).count()).isCloseTo(200L, within(20L));
                    assertThat(counts.get(Schema.PLACE).get(1).count()).isCloseTo(100L, within(20L));
                    assertThat(TimelineCounter.of(s.facets(), sampled).buckets()).extracting(Timeline.Bucket::count).containsExactly(300L);
                }

                // A disjunction Lucene cannot count without visiting its matches: one visit counts
                // them all and keeps every other one whenever the kept ones fill the buffer (40).
                var either = new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Schema.PLACE, "Bogor")), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(Schema.PLACE, "Depok")), org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
                Tally thinned = Tally.of(s, either, 40, 20);
                assertThat(thinned.matches()).isEqualTo(300);
                assertThat(thinned.counted()).isBetween(10L, 20L);
                List<SearchResults.FacetValue> places = FacetCounter.top(s.facets(), thinned, List.of(Schema.PLACE), 5).get(Schema.PLACE);
                assertThat(places).extracting(SearchResults.FacetValue::value).containsExactly("Depok", "Bogor");
                assertThat(places.get(0).count() + places.get(1).count()).isCloseTo(300L, within(2L));
                assertThat(places.get(1).count()).isCloseTo(100L, within(25L));
                Tally whole = Tally.of(s, either, 300, 20);
                assertThat(whole.sampled()).isFalse();
                assertThat(FacetCounter.top(s.facets(), whole, List.of(Schema.PLACE), 5).get(Schema.PLACE))
                        .containsExactly(new SearchResults.FacetValue("Depok", 200), new SearchResults.FacetValue("Bogor", 100));
            } finally {
                manager.release(s);
            }
        }
    }

    @Test
    void slicesSearchedInParallelAreSampledAtOneStrideAndCountedInTheirOwnSegments(@TempDir Path data) throws Exception {
        Article base = TestArticles.rice();
        int articles = 320, copies = 6, bogor = 0;
        try (NewsIndex index = NewsIndex.open(data)) {
            for (int i = 0; i < articles; i++) {
                boolean inBogor = (i * 7919) % 1000 < 333; // about a third, in no regular pattern a stride could fall in step with
                if (inBogor) bogor++;
                String place = inBogor ? "Bogor" : "Depok";
                int n = i;
                index.indexer().upsert(TestArticles.copy(base, tree -> {
                    tree.put("url", "https://news.detik.com/d-" + n);
                    tree.set("entities", ArticleJson.mapper().valueToTree(List.of(new Entity(place, EntityType.PLACE, List.of(), List.of(), null))));
                }));
            }
            index.indexer().commit();
        }
        // The index six times over, its segments kept apart: more segments than one slice of a parallel search takes (5).
        Path many = data.resolve("many");
        try (FSDirectory from = FSDirectory.open(data.resolve("index")); FSDirectory to = FSDirectory.open(many);
             var writer = new org.apache.lucene.index.IndexWriter(to, new org.apache.lucene.index.IndexWriterConfig()
                     .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int c = 0; c < copies; c++) writer.addIndexes(from);
        }
        long matches = (long) articles * copies, inBogor = (long) bogor * copies;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (FSDirectory dir = FSDirectory.open(many); SearcherManager manager = new SearcherManager(dir, FacetingSearcher.factory(pool))) {
            FacetingSearcher s = (FacetingSearcher) manager.acquire();
            try {
                assertThat(s.getSlices().length).as("slices").isGreaterThan(1);
                var either = new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Schema.PLACE, "Bogor")), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(Schema.PLACE, "Depok")), org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
                Tally exact = Tally.of(s, either, 10_000, 20);
                assertThat(FacetCounter.top(s.facets(), exact, List.of(Schema.PLACE), 5).get(Schema.PLACE))
                        .containsExactly(new SearchResults.FacetValue("Depok", matches - inBogor), new SearchResults.FacetValue("Bogor", inBogor));
                Tally sampled = Tally.of(s, either, 40, 20);
                assertThat(sampled.matches()).isEqualTo(matches);
                assertThat(sampled.counted()).isBetween(10L, 20L);
                List<SearchResults.FacetValue> places = FacetCounter.top(s.facets(), sampled, List.of(Schema.PLACE), 5).get(Schema.PLACE);
                assertThat(places).extracting(SearchResults.FacetValue::value).containsExactlyInAnyOrder("Depok", "Bogor");
                assertThat(places.get(0).count() + places.get(1).count()).isCloseTo(matches, within(2L));
            } finally {
                manager.release(s);
                pool.shutdownNow();
            }
        }
    }

    @Test
    void strideQueryMatchesEveryKthDocumentAndSamplesConjunctions(@TempDir Path data) throws Exception {
        try (NewsIndex index = NewsIndex.open(data)) {
            for (Article a : TestArticles.all()) index.indexer().upsert(a);
            index.indexer().commit();
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve("index")); SearcherManager manager = new SearcherManager(dir, FacetingSearcher.factory(null))) {
            FacetingSearcher s = (FacetingSearcher) manager.acquire();
            try {
                int docs = s.getIndexReader().maxDoc();
                int expected = 0;
                for (var leaf : s.getIndexReader().leaves()) expected += (leaf.reader().maxDoc() + 2) / 3;
                assertThat(s.count(new StrideQuery(1))).isEqualTo(docs);
                assertThat(s.count(new StrideQuery(3))).isEqualTo(expected);
                var articles = new TermQuery(new Term(Schema.KIND, Schema.ARTICLE));
                var both = new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(articles, org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(new StrideQuery(docs), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
                assertThat(s.count(both)).isLessThanOrEqualTo(s.getIndexReader().leaves().size());
            } finally {
                manager.release(s);
            }
        }
    }
}
