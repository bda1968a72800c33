package id.warta.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.index.TestArticles;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerApiTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.withTestArticles(data);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void healthSaysWhatTheIndexHolds() throws Exception {
        JsonNode health = json(server.get("/api/health"), 200);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(health.get("writable").asBoolean()).isTrue();
    }

    @Test
    void searchReturnsHitsFacetsAndTimeline() throws Exception {
        JsonNode r = json(server.get("/api/search?q=beras&facet_size=5"), 200);
        assertThat(r.get("total").asLong()).isEqualTo(2);
        assertThat(r.get("hits")).hasSize(2);
        assertThat(r.get("facets").get("place").get(0).get("value").asText()).isEqualTo("Jakarta");
        assertThat(r.get("timeline").get("buckets").size()).isPositive();
        assertThat(r.has("took_ms")).isTrue();
        JsonNode filtered = json(server.get("/api/search?q=beras&person=" + enc("Sri Wulandari")), 200);
        assertThat(filtered.get("total").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/search?q=%22harga+beras          | quotation mark is not closed",
        "/api/search?q=Berakhir%3ANATO         | unknown field 'Berakhir'",
        "/api/search?q=(banjir                 | brackets",
        "/api/search?q=banjir&size=500         | size must be between 1 and 100",
        "/api/search?q=banjir&page=200         | first 1000 hits",
        "/api/search?q=banjir&page=two         | page must be a whole number",
        "/api/search?q=banjir&from=21-10-2025  | from must be a day as YYYY-MM-DD",
        "/api/search?q=banjir&facet_size=1000  | facet_size must be between 0 and 100",
        "/api/search?q=banjir&sort=popular     | unknown sort 'popular'",
        "/api/quotes?q=%22rupiah               | quotation mark is not closed",
    })
    void badRequestsGet400WithAHelpfulMessage(String path, String message) throws Exception {
        HttpResponse<String> response = server.get(path);
        JsonNode error = json(response, 400);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("message").asText()).contains(message);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void articlesComeBackAsAnalysed() throws Exception {
        String id = json(server.get("/api/search?q=" + enc("\"suku bunga\"")), 200).get("hits").get(0).get("id").asText();
        JsonNode body = json(server.get("/api/articles/" + id), 200);
        Article article = ArticleJson.mapper().treeToValue(body.get("article"), Article.class);
        assertThat(article).isEqualTo(TestArticles.rates());
        assertThat(json(server.get("/api/articles/0000"), 404).get("message").asText()).contains("no article with id '0000'");
    }

    @Test
    void quotesAreFoundBySpeakerAndWords() throws Exception {
        JsonNode r = json(server.get("/api/quotes?speaker=pratama&q=rupiah"), 200);
        assertThat(r.get("total").asLong()).isEqualTo(1);
        assertThat(r.get("hits").get(0).get("speaker").asText()).isEqualTo("Pratama Wibisono");
        assertThat(r.get("hits").get(0).get("article_id").asText()).isNotBlank();
    }

    @Test
    void entitiesHaveProfiles() throws Exception {
        JsonNode p = json(server.get("/api/entities/" + enc("Pratama Wibisono")), 200);
        assertThat(p.get("articles").asLong()).isEqualTo(1);
        assertThat(p.get("quotes").get("total").asLong()).isEqualTo(2);
        assertThat(p.get("types").has("person")).isTrue();
        assertThat(json(server.get("/api/entities/" + enc("Nobody Here")), 404).get("message").asText()).contains("Nobody Here");
    }

    @Test
    void postedArticlesAreAnalysedIndexedAndSearchable() throws Exception {
        String body = """
                {"title": "Jembatan Gantung Putus, Warga Desa Cibeber Terisolasi",
                 "url": "https://jabar.example-news.id/read/2025/11/02/jembatan-cibeber",
                 "published": "Minggu, 2 November 2025 08:30 WIB",
                 "text": "CIANJUR - Jembatan gantung penghubung Desa Cibeber putus diterjang arus sungai, Sabtu (1/11/2025).\\n\\nWarga kini harus memutar sejauh lima kilometer."}
                """;
        HttpResponse<String> created = server.post("/api/articles", "application/json", body, null);
        JsonNode indexed = json(created, 201);
        assertThat(indexed.get("outcome").asText()).isEqualTo("added");
        assertThat(created.headers().firstValue("Location")).contains("/api/articles/" + indexed.get("id").asText());
        assertThat(json(server.get("/api/search?q=jembatan+gantung"), 200).get("total").asLong()).isEqualTo(1);
        assertThat(json(server.post("/api/articles", "application/json", body, null), 200).get("outcome").asText()).isEqualTo("unchanged");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/plain       | {\"text\": \"x\"}      | 415 | application/json",
        "application/json | {\"text\": \"\"}       | 400 | non-empty \"text\"",
        "application/json | {text                  | 400 | not the JSON expected",
        "application/json | {\"text\": \"x\", \"format\": \"pdf\"} | 400 | format must be text or html",
    })
    void badArticlesAreRefusedWithAReason(String type, String body, int status, String message) throws Exception {
        assertThat(json(server.post("/api/articles", type, body, null), status).get("message").asText()).contains(message);
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        String huge = "{\"text\": \"" + "a".repeat((int) ServerOptions.MAX_REQUEST_BYTES + 10) + "\"}";
        assertThat(server.post("/api/articles", "application/json", huge, null).statusCode()).isEqualTo(413);
    }

    @Test
    void unknownRoutesAre404Json() throws Exception {
        assertThat(json(server.get("/api/nothing"), 404).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void pagesCarryHeadersThatKeepArticleTextInert() throws Exception {
        HttpResponse<String> page = server.get("/article/whatever");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(server.get("/assets/app.js").statusCode()).isEqualTo(200);
    }

    @Test
    void writingNeedsTheTokenWhenTheServerHasOne(@TempDir Path other) throws Exception {
        try (TestServer guarded = new TestServer(other, new ServerOptions(ServerOptions.LOCALHOST, 0, "s3cret"), List.of())) {
            String body = "{\"text\": \"Harga cabai rawit di Pasar Kramat Jati naik menjadi Rp 80.000 per kilogram.\"}";
            assertThat(json(guarded.post("/api/articles", "application/json", body, null), 401).get("message").asText()).contains("token");
            assertThat(json(guarded.post("/api/articles", "application/json", body, "wrong"), 401).get("status").asInt()).isEqualTo(401);
            assertThat(guarded.post("/api/articles", "application/json", body, "s3cret").statusCode()).isEqualTo(201);
            assertThat(guarded.get("/api/search?q=cabai").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void listeningBeyondLocalhostAlwaysHasAToken() {
        assertThat(ServerOptions.forHost("0.0.0.0", 0, null).token()).hasSizeGreaterThan(20);
        assertThat(ServerOptions.forHost("127.0.0.1", 0, null).token()).isNull();
        assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, null)).hasMessageContaining("needs a token");
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return ArticleJson.mapper().readTree(response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
