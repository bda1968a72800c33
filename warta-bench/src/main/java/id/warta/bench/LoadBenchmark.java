package id.warta.bench;

import id.warta.Warta;
import id.warta.app.server.ServerOptions;
import id.warta.app.server.WartaServer;
import id.warta.index.NewsIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained queries per second: the real server on loopback over a built index, and a
 * closed-loop load generator in the same process ({@code --concurrency} clients, each
 * sending the next search as soon as the last answered) for {@code --seconds}. Every
 * response must be a 200; anything else counts as an error. Traffic goes to 127.0.0.1 only
 * and stops by itself.
 * <pre>
 * java -cp warta-bench/target/warta-bench.jar id.warta.bench.LoadBenchmark --data /tmp/warta-1m --seconds 30 --concurrency 8
 * </pre>
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, "data", "seconds", "concurrency");
        Path data = Path.of(args.string("data", System.getProperty("java.io.tmpdir") + "/warta-bench-index"));
        int seconds = args.integer("seconds", 30), concurrency = args.integer("concurrency", 8);
        List<QueryMix.Query> queries = QueryMix.generate(10_000, 3);
        try (NewsIndex index = NewsIndex.openShared(data);
             WartaServer server = WartaServer.start(ServerOptions.local(0), index, Warta.pipeline())) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = server.url() + "api/search?";
            for (int i = 0; i < 300; i++) send(http, base + queries.get(i).httpQuery()); // warm-up
            Latencies latencies = new Latencies();
            AtomicLong errors = new AtomicLong(), next = new AtomicLong();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long started = System.nanoTime();
            try (ExecutorService clients = Executors.newFixedThreadPool(concurrency)) {
                for (int c = 0; c < concurrency; c++) {
                    clients.submit(() -> {
                        while (System.nanoTime() < deadline) {
                            String uri = base + queries.get((int) (next.getAndIncrement() % queries.size())).httpQuery();
                            long t = System.nanoTime();
                            int status = send(http, uri);
                            latencies.add(System.nanoTime() - t);
                            if (status != 200) errors.incrementAndGet();
                        }
                    });
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf("load: %d clients for %.0f s on loopback: %,.0f queries/s, %d errors; latency %s%n",
                    concurrency, elapsed, latencies.count() / elapsed, errors.get(), latencies.summary());
        }
    }

    private static int send(HttpClient http, String uri) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
