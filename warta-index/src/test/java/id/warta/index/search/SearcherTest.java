package id.warta.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.index.NewsIndex;
import id.warta.index.TestArticles;
import id.warta.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {
    @TempDir
    static Path data;
    static NewsIndex index;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        index = NewsIndex.open(data);
        for (Article a : TestArticles.all()) index.indexer().upsert(a);
        index.indexer().commit();
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void findsInflectedWordsThroughTheStemmer() throws IOException {
        // "kenaikan" and "naik" share the stem; "menaikkan" too.
        assertThat(titles(searcher.search(SearchRequest.of("beras naik")))).containsExactly("Harga Beras Medium Naik, Badan Pangan Pastikan Stok Aman");
    }

    @Test
    void phrasesMatchWordsInOrder() throws IOException {
        assertThat(searcher.search(SearchRequest.of("\"suku bunga acuan\"")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("\"acuan suku bunga\"")).total()).isZero();
    }

    @Test
    void booleanOperatorsCombineWords() throws IOException {
        assertThat(searcher.search(SearchRequest.of("beras")).total()).isEqualTo(2);
        assertThat(searcher.search(SearchRequest.of("beras -rupiah")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("banjir OR rupiah")).total()).isEqualTo(3);
        assertThat(searcher.search(SearchRequest.of("(banjir OR rupiah) AND NOT desa")).total()).isEqualTo(2);
    }

    @Test
    void findsArticlesOnlyWhateverTheQueryNames() throws IOException {
        // Words and people are on articles alone; outlets and speakers are on quotes too; *:* is everything.
        long articles = searcher.counts().get("articles");
        assertThat(searcher.search(SearchRequest.of("banjir OR *:*")).total()).isEqualTo(articles);
        assertThat(searcher.search(SearchRequest.of("speaker:\"Pratama Wibisono\"")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("outlet:antaranews.com")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("rupiah")).hits()).extracting(SearchResults.Hit::id).doesNotHaveDuplicates().hasSize(1);
    }

    @Test
    void blankQueryListsEverythingNewestFirst() throws IOException {
        SearchResults all = searcher.search(SearchRequest.of("").withSort(SortOrder.NEWEST));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.hits()).extracting(SearchResults.Hit::published)
                .containsExactly("2025-10-23T15:10+07:00", "2025-10-21T10:15+07:00", "2025-10-20", null);
    }

    @Test
    void laterPagesAndOtherOrdersKeepTheCounts() throws IOException {
        SearchResults first = searcher.search(SearchRequest.of("").withPage(1, 2));
        SearchResults second = searcher.search(SearchRequest.of("").withPage(2, 2));
        SearchResults oldest = searcher.search(SearchRequest.of("").withPage(1, 2).withSort(SortOrder.OLDEST));
        assertThat(second.total()).isEqualTo(first.total()).isEqualTo(4);
        assertThat(second.facets()).isEqualTo(first.facets());
        assertThat(second.timeline()).isEqualTo(first.timeline());
        assertThat(List.of(first.hits(), second.hits()).stream().flatMap(List::stream).map(SearchResults.Hit::id).distinct()).hasSize(4);
        assertThat(oldest.hits().getFirst().published()).isEqualTo("2025-10-20");
    }

    @Test
    void countsFacetsOverAllMatches() throws IOException {
        SearchResults r = searcher.search(SearchRequest.of("beras"));
        assertThat(r.facets().get("person")).containsExactlyInAnyOrder(
                new SearchResults.FacetValue("Sri Wulandari", 1), new SearchResults.FacetValue("Pratama Wibisono", 1));
        assertThat(r.facets().get("place")).containsExactly(new SearchResults.FacetValue("Jakarta", 2));
        assertThat(r.facets().get("speaker")).hasSize(2);
        assertThat(r.facets().get("outlet")).extracting(SearchResults.FacetValue::value)
                .containsExactlyInAnyOrder("detik.com", "antaranews.com");
    }

    @Test
    void filtersNarrowByEntityOutletAndDay() throws IOException {
        assertThat(searcher.search(SearchRequest.of("beras").withFilter("person", "Sri Wulandari")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("").withFilter("place", "Jakarta").withFilter("organization", "Bank Indonesia")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("").withFilter("outlet", "kompas.com")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("").withDays(LocalDate.of(2025, 10, 21), LocalDate.of(2025, 10, 23))).total()).isEqualTo(2);
    }

    @Test
    void timelineCountsMatchesPerDayWithEmptyDaysKept() throws IOException {
        Timeline t = searcher.search(SearchRequest.of("")).timeline();
        assertThat(t.granularity()).isEqualTo("day");
        assertThat(t.buckets()).containsExactly(new Timeline.Bucket("2025-10-20", 1), new Timeline.Bucket("2025-10-21", 1),
                new Timeline.Bucket("2025-10-22", 0), new Timeline.Bucket("2025-10-23", 1));
        assertThat(t.undated()).isEqualTo(1);
    }

    @Test
    void snippetsMarkTheMatchedWords() throws IOException {
        SearchResults.Hit hit = searcher.search(SearchRequest.of("perahu")).hits().getFirst();
        Snippet s = hit.snippet();
        assertThat(s.highlights()).isNotEmpty();
        assertThat(s.highlights()).allSatisfy(r -> assertThat(s.text().substring(r.start(), r.end())).isEqualToIgnoringCase("perahu"));
        Snippet title = searcher.search(SearchRequest.of("banjir")).hits().getFirst().title();
        assertThat(title.highlights()).extracting(r -> title.text().substring(r.start(), r.end())).containsExactly("Banjir");
    }

    @Test
    void aPhraseIsMarkedAsOneRangeAndExcludedWordsAreNotMarked() throws IOException {
        Snippet phrase = searcher.search(SearchRequest.of("\"harga beras\"")).hits().getFirst().title();
        assertThat(phrase.highlights()).extracting(r -> phrase.text().substring(r.start(), r.end())).containsExactly("Harga Beras");
        Snippet text = searcher.search(SearchRequest.of("beras -banjir")).hits().getFirst().snippet();
        assertThat(text.highlights()).isNotEmpty();
        assertThat(text.highlights()).allSatisfy(r -> assertThat(text.text().substring(r.start(), r.end())).isEqualToIgnoringCase("beras"));
    }

    @Test
    void findsQuotesBySpeakerAndWords() throws IOException {
        QuoteResults r = searcher.quotes(QuoteRequest.of("pratama", "rupiah"));
        assertThat(r.total()).isEqualTo(1);
        QuoteResults.QuoteHit hit = r.hits().getFirst();
        assertThat(hit.speaker()).isEqualTo("Pratama Wibisono");
        assertThat(hit.text().text()).startsWith("Kami melihat tekanan terhadap rupiah");
        assertThat(hit.text().highlights()).extracting(x -> hit.text().text().substring(x.start(), x.end())).containsExactly("rupiah");
        assertThat(searcher.quotes(QuoteRequest.of("Pratama Wibisono", "")).total()).isEqualTo(2);
        assertThat(searcher.quotes(QuoteRequest.of("", "beras")).total()).isEqualTo(2);
        assertThat(searcher.quotes(QuoteRequest.of("Rahmat", "rupiah")).total()).isZero();
        assertThat(searcher.quotes(QuoteRequest.of("sri", "stok")).total()).isEqualTo(1);
    }

    @Test
    void profilesAnEntity() throws IOException {
        EntityProfile p = searcher.entity("Jakarta", 5);
        assertThat(p.articles()).isEqualTo(2);
        assertThat(p.types()).containsEntry("place", 2L);
        assertThat(p.related().get("person")).extracting(SearchResults.FacetValue::value)
                .containsExactlyInAnyOrder("Sri Wulandari", "Pratama Wibisono");
        assertThat(p.related().get("place")).isEmpty();
        EntityProfile speaker = searcher.entity("Pratama Wibisono", 5);
        assertThat(speaker.quotes().total()).isEqualTo(2);
        assertThat(speaker.types()).containsOnlyKeys("person", "speaker");
    }

    @Test
    void syntaxErrorsSayWhatIsWrong() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("\"harga beras")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("quotation mark is not closed");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("(banjir OR hujan")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("brackets");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("*jir")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("wildcard");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("Berakhir:NATO")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("unknown field 'Berakhir'");
    }

    @Test
    void limitsAreCheckedWithTheParameterNamed() {
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(1, 500)).hasMessageContaining("size");
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(200, 10)).hasMessageContaining("first 1000 hits");
        assertThatThrownBy(() -> new SearchRequest("x", Map.of("color", List.of("red")), null, null, null, 1, 10, 10))
                .hasMessageContaining("cannot filter on 'color'");
    }

    private static List<String> titles(SearchResults r) {
        return r.hits().stream().map(h -> h.title().text()).toList();
    }
}
