package id.warta.app.server;

import id.warta.Warta;
import id.warta.index.NewsIndex;
import id.warta.index.TestArticles;
import id.warta.model.Article;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/** A real server on a free port over a real index of the test articles, and a real HTTP client. */
final class TestServer implements AutoCloseable {
    final NewsIndex index;
    final WartaServer server;
    final HttpClient http = HttpClient.newHttpClient();

    TestServer(Path data, ServerOptions options, List<Article> articles) throws IOException {
        index = NewsIndex.open(data);
        for (Article a : articles) index.indexer().upsert(a);
        index.indexer().commit();
        server = WartaServer.start(options, index, Warta.pipeline());
    }

    static TestServer withTestArticles(Path data) throws IOException {
        return new TestServer(data, ServerOptions.local(0), TestArticles.all());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create(server.url()).resolve(path);
    }

    @Override
    public void close() throws IOException {
        server.close();
        index.close();
    }
}
