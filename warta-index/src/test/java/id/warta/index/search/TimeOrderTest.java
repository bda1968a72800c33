package id.warta.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.index.NewsIndex;
import id.warta.index.TestArticles;
import id.warta.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newest or oldest hits of a broad search, found among the latest (or earliest) matches first, are those of a full sort. */
class TimeOrderTest {
    private static final int ARTICLES = 200;

    @Test
    void newestAndOldestHitsAreThoseOfSortingEveryMatch(@TempDir Path data) throws Exception {
        // Most articles in one crowded month, the rest scattered thinly over three years, not in the
        // order indexed, and some undated: the first windows at either end hold too few matches.
        LocalDate start = LocalDate.of(2023, 1, 1);
        List<LocalDate> days = IntStream.range(0, ARTICLES)
                .mapToObj(i -> i % 25 == 0 ? null : i % 10 == 1 ? start.plusDays((i * 389L) % 1100) : start.plusDays(500 + i % 31))
                .toList();
        try (NewsIndex index = NewsIndex.open(data)) {
            for (int i = 0; i < ARTICLES; i++) {
                int n = i;
                Article copy = TestArticles.copy(TestArticles.rice(), tree -> {
                    tree.put("url", "https://finance.detik.com/d-" + n);
                    if (days.get(n) == null) tree.remove("published");
                    else tree.put("published", days.get(n).toString());
                });
                index.indexer().upsert(copy);
            }
            index.indexer().commit();
            List<String> dated = days.stream().filter(d -> d != null).map(LocalDate::toString).toList();
            for (int size : List.of(1, 7, 20)) {
                for (String query : List.of("", "beras")) {
                    SearchResults newest = index.searcher().search(request(query, SortOrder.NEWEST, size));
                    assertThat(newest.hits()).extracting(SearchResults.Hit::published)
                            .containsExactlyElementsOf(dated.stream().sorted(Comparator.reverseOrder()).limit(size).toList());
                    SearchResults oldest = index.searcher().search(request(query, SortOrder.OLDEST, size));
                    assertThat(oldest.hits()).extracting(SearchResults.Hit::published)
                            .containsExactlyElementsOf(dated.stream().sorted().limit(size).toList());
                }
            }
            // Within day ranges: one ending in the crowded month, one starting in it, one around it.
            for (int[] range : List.of(new int[] {100, 515}, new int[] {510, 1000}, new int[] {300, 800})) {
                LocalDate from = start.plusDays(range[0]), to = start.plusDays(range[1]);
                List<String> inRange = days.stream().filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to))
                        .map(LocalDate::toString).toList();
                for (int size : List.of(1, 7, 20)) {
                    for (String query : List.of("", "beras")) {
                        SearchResults newest = index.searcher().search(new SearchRequest(query, Map.of(), from, to, SortOrder.NEWEST, 1, size, 0));
                        assertThat(newest.hits()).extracting(SearchResults.Hit::published)
                                .containsExactlyElementsOf(inRange.stream().sorted(Comparator.reverseOrder()).limit(size).toList());
                        SearchResults oldest = index.searcher().search(new SearchRequest(query, Map.of(), from, to, SortOrder.OLDEST, 1, size, 0));
                        assertThat(oldest.hits()).extracting(SearchResults.Hit::published)
                                .containsExactlyElementsOf(inRange.stream().sorted().limit(size).toList());
                    }
                }
            }
            // Asking past the dated matches brings the undated ones last.
            SearchResults all = index.searcher().search(new SearchRequest("", Map.of(), null, null, SortOrder.NEWEST, 2, 100, 0));
            assertThat(all.hits()).hasSize(100);
            assertThat(all.hits().getLast().published()).isNull();
        }
    }

    private static SearchRequest request(String query, SortOrder order, int size) {
        return new SearchRequest(query, Map.of(), null, null, order, 1, size, 0);
    }
}
