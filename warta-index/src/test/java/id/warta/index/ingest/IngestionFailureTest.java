package id.warta.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.Warta;
import id.warta.index.FailingCommits;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an ingest fails: its commits run on a thread of their own, and their failures must not be lost. */
class IngestionFailureTest {
    private static final int ARTICLES = 40;

    @TempDir
    Path tmp;

    @Test
    void aCommitThatFailsIsReported() throws Exception {
        Path input = writeArticles(tmp.resolve("berita.jsonl"));
        try (FailingCommits index = new FailingCommits()) {
            Throwable thrown = catchThrowable(() -> ingest(index, input, IngestListener.NONE));
            assertThat(thrown).isInstanceOf(IOException.class).hasMessage(FailingCommits.FAILURE);
        }
    }

    /**
     * The ingest stops for another reason (here its listener) while a commit is running, and the
     * commit then fails too: its failure goes with the one that stopped the ingest.
     */
    @Test
    void aCommitThatFailsWhileTheIngestStopsForAnotherReasonIsNotLost() throws Exception {
        Path input = writeArticles(tmp.resolve("berita.jsonl"));
        IngestListener failsAfterTheFirstCommitStarts = new IngestListener() {
            @Override
            public void progressed(Progress progress) {
                // one thread and a commit after every input: the first commit starts once input 1 is done
                if (progress.done() == 2) throw new IllegalStateException("the progress display broke");
            }
        };
        try (FailingCommits index = new FailingCommits()) {
            Throwable thrown = catchThrowable(() -> ingest(index, input, failsAfterTheFirstCommitStarts));
            assertThat(thrown).hasMessage("the progress display broke");
            assertThat(thrown.getSuppressed()).singleElement()
                    .satisfies(s -> assertThat(s).isInstanceOf(IOException.class).hasMessage(FailingCommits.FAILURE));
        }
    }

    private static void ingest(FailingCommits index, Path input, IngestListener listener) throws Exception {
        new Ingestion(index.indexer(), Warta.pipeline(),
                IngestOptions.defaults().withThreads(1).withCommits(1, Duration.ofHours(1)), listener)
                .run(List.of(input.toString()));
    }

    /** Short reports from an invented city desk, each at its own URL. */
    private static Path writeArticles(Path file) throws IOException {
        String[] districts = {"Cicendo", "Coblong", "Sukajadi", "Lengkong", "Antapani"};
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                String district = districts[i % districts.length];
                String text = "BANDUNG - Warga Kecamatan " + district + " mengeluhkan sampah yang menumpuk di tempat "
                        + "pembuangan sementara selama " + (i % 6 + 2) + " hari, kata Ketua RW " + (i + 1) + ".\n\n"
                        + "Camat " + district + " berjanji truk pengangkut datang esok pagi.";
                w.write(json.writeValueAsString(Map.of("title", "Sampah Menumpuk di " + district + " (" + i + ")",
                        "url", "https://bandung.example-news.id/read/2025/10/" + i + "/sampah-" + district.toLowerCase(),
                        "published", "2025-10-0" + (i % 9 + 1), "text", text)));
                w.write('\n');
            }
        }
        return file;
    }
}
