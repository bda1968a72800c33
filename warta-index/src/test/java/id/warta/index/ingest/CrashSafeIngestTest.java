package id.warta.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.Warta;
import id.warta.index.ArticleKey;
import id.warta.index.NewsIndex;
import id.warta.index.search.SearchRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest with SIGKILL part-way and checks the promise: the index is intact,
 * everything reported as committed is there, and a rerun finishes the job without duplicates.
 */
class CrashSafeIngestTest {
    private static final int ARTICLES = 10_000;
    private static final int COMMIT_EVERY = 250;
    /** Kill once this many inputs are reported committed (well before the end). */
    private static final int KILL_AFTER = 1_000;

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestLosesNothingCommittedAndResumes() throws Exception {
        Path input = tmp.resolve("berita.jsonl");
        List<String> urls = writeArticles(input);
        Path data = tmp.resolve("data");

        long reported = ingestUntilKilled(data, input);
        assertThat(reported).isGreaterThanOrEqualTo(KILL_AFTER).isLessThan(ARTICLES);

        try (Directory dir = FSDirectory.open(data.resolve("index")); CheckIndex check = new CheckIndex(dir)) {
            assertThat(check.checkIndex().clean).as("index intact after kill -9").isTrue();
        }
        try (NewsIndex index = NewsIndex.open(data)) {
            for (String url : urls.subList(0, (int) reported)) {
                assertThat(index.searcher().article(ArticleKey.idOfUrl(url))).as(url).isPresent();
            }
            IngestSummary resumed = new Ingestion(index.indexer(), Warta.pipeline(),
                    IngestOptions.defaults().withThreads(2).withCommits(5_000, Duration.ofMinutes(1)), IngestListener.NONE)
                    .run(List.of(input.toString()));
            assertThat(resumed.skipped().getOrDefault("already indexed", 0L)).isGreaterThanOrEqualTo(reported);
            assertThat(resumed.added() + resumed.skipped().getOrDefault("already indexed", 0L)).isEqualTo(ARTICLES);
            assertThat(index.searcher().counts()).containsEntry("articles", (long) ARTICLES);
            assertThat(index.searcher().search(SearchRequest.of("")).total()).isEqualTo(ARTICLES);
        }
    }

    /** Runs the ingest in a child JVM and kills it (SIGKILL) after a few commits; the last count it reported. */
    private static long ingestUntilKilled(Path data, Path input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), data.toString(), input.toString(), Integer.toString(COMMIT_EVERY))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                assertThat(line).as("the ingest ended before it could be killed").isNotEqualTo("done");
                if (line.startsWith("committed ")) reported = Long.parseLong(line.substring("committed ".length()));
                if (reported >= KILL_AFTER) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return reported;
    }

    /** Short articles from an invented regional desk, each with its own URL and day. */
    private static List<String> writeArticles(Path file) throws IOException {
        String[] towns = {"Garut", "Sumedang", "Cianjur", "Tasikmalaya", "Kuningan", "Majalengka", "Subang", "Purwakarta"};
        String[] topics = {"jalan rusak", "harga cabai", "banjir rob", "vaksinasi anak", "pasar murah", "sekolah baru"};
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                String town = towns[i % towns.length], topic = topics[(i / towns.length) % topics.length];
                LocalDate day = LocalDate.of(2025, 1, 1).plusDays(i % 300);
                String url = "https://jabar.example-news.id/read/" + day + "/" + i + "/" + topic.replace(' ', '-');
                urls.add(url);
                String text = town.toUpperCase() + " - Warga " + town + " mengeluhkan " + topic + " yang belum ditangani pemerintah daerah, "
                        + "kata Ketua RT setempat nomor " + i + ".\n\nBupati " + town + " berjanji menindaklanjuti laporan warga pekan depan.";
                w.write(json.writeValueAsString(Map.of("title", "Warga " + town + " Keluhkan " + topic + " (" + i + ")",
                        "url", url, "published", day.toString(), "text", text)));
                w.write('\n');
            }
        }
        return urls;
    }
}
