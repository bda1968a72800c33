package id.warta.bench;

import id.warta.index.Schema;
import id.warta.index.search.SearchRequest;
import id.warta.index.search.SortOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Typical searches of a news analyst, each with facets, a timeline and ten snippets: one or
 * two words, a phrase, boolean queries, a word with an entity filter, a word with a date
 * range, a blank query sorted by time, and a filter alone.
 */
final class QueryMix {
    private static final String[] WORDS = {"banjir", "harga", "presiden", "pemilu", "korupsi", "jakarta", "polisi", "ekonomi",
        "sekolah", "gempa", "investasi", "pendidikan", "kesehatan", "pertanian", "bank", "rupiah", "inflasi", "pajak", "listrik",
        "jalan", "menteri", "gubernur", "sepak", "vaksin", "impor", "ekspor", "saham", "bupati", "warga", "pemerintah"};
    private static final String[] PHRASES = {"\"harga beras\"", "\"bank indonesia\"", "\"tindak pidana korupsi\"", "\"jalan tol\"",
        "\"piala dunia\"", "\"suku bunga\"", "\"komisi pemberantasan korupsi\"", "\"pemerintah daerah\""};
    private static final String[] PEOPLE = {"Agus Santoso", "Budi Wijaya", "Citra Hidayat", "Dewi Saputra", "Eko Kusuma", "Joko Pratama"};
    private static final String[] PLACES = {"Jakarta", "Surabaya", "Bandung", "Medan", "Semarang"};

    /** One search: the request, its category for the report, and its API query string. */
    record Query(String kind, SearchRequest request, String httpQuery) {
    }

    private QueryMix() {
    }

    static List<Query> generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Query> queries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) queries.add(one(r));
        return queries;
    }

    private static Query one(SplittableRandom r) {
        String w1 = pick(r, WORDS), w2 = pick(r, WORDS);
        return switch (r.nextInt(8)) {
            case 0 -> query("word", w1, Map.of(), null, null, SortOrder.RELEVANCE);
            case 1 -> query("two words", w1 + " " + w2, Map.of(), null, null, SortOrder.RELEVANCE);
            case 2 -> query("phrase", pick(r, PHRASES), Map.of(), null, null, SortOrder.RELEVANCE);
            case 3 -> query("boolean", "(" + w1 + " OR " + w2 + ") -" + pick(r, WORDS), Map.of(), null, null, SortOrder.RELEVANCE);
            case 4 -> query("word + person", w1, Map.of(Schema.PERSON, List.of(pick(r, PEOPLE))), null, null, SortOrder.RELEVANCE);
            case 5 -> {
                LocalDate from = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1);
                yield query("word + dates", w1, Map.of(), from, from.plusMonths(3), SortOrder.NEWEST);
            }
            case 6 -> query("newest", "", Map.of(), null, null, SortOrder.NEWEST);
            default -> query("place, newest", "", Map.of(Schema.PLACE, List.of(pick(r, PLACES))), null, null, SortOrder.NEWEST);
        };
    }

    private static Query query(String kind, String q, Map<String, List<String>> filters, LocalDate from, LocalDate to, SortOrder sort) {
        SearchRequest request = new SearchRequest(q, filters, from, to, sort, 1, 10, 10);
        StringBuilder http = new StringBuilder("q=").append(enc(q)).append("&sort=").append(sort.name().toLowerCase());
        filters.forEach((f, vs) -> vs.forEach(v -> http.append('&').append(f).append('=').append(enc(v))));
        if (from != null) http.append("&from=").append(from).append("&to=").append(to);
        return new Query(kind, request, http.toString());
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
