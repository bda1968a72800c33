package id.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.json.ArticleJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta ingest} and {@code warta search} end to end, in process, on the sample articles. */
class IngestSearchCommandTest {
    @TempDir
    Path data;

    @Test
    void ingestsOnceSummarisesAndSearches() throws IOException {
        AnalyzeCommandTest.Run first = AnalyzeCommandTest.warta("ingest", "--data", data.toString(), "--threads", "2", "../samples");
        assertThat(first.exit()).isEqualTo(ExitCodes.OK);
        assertThat(first.err()).contains("7 indexed (7 new, 0 updated), 0 skipped").contains("holds 7 articles");

        AnalyzeCommandTest.Run again = AnalyzeCommandTest.warta("ingest", "--data", data.toString(), "../samples");
        assertThat(again.exit()).isEqualTo(ExitCodes.OK);
        assertThat(again.err()).contains("0 indexed (0 new, 0 updated), 7 skipped (already indexed: 7)").contains("holds 7 articles");

        AnalyzeCommandTest.Run table = AnalyzeCommandTest.warta("search", "--data", data.toString(), "harga", "beras");
        assertThat(table.exit()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).contains("*Beras*").contains("1. ");

        AnalyzeCommandTest.Run json = AnalyzeCommandTest.warta("search", "--data", data.toString(), "--json", "banjir");
        JsonNode results = ArticleJson.mapper().readTree(json.out());
        assertThat(results.get("total").asLong()).isPositive();
        assertThat(results.get("hits").get(0).get("snippet").get("highlights")).isNotEmpty();
    }

    @Test
    void ingestsAnalysedArticlesAsTheyAreAndTheyAreTheArticlesTheTextGives(@TempDir Path inputs) throws IOException {
        AnalyzeCommandTest.Run analysed = AnalyzeCommandTest.warta("analyze", "-f", "jsonl", "../samples");
        assertThat(analysed.exit()).isEqualTo(ExitCodes.OK);
        Path lines = Files.writeString(inputs.resolve("analysed.jsonl"), analysed.out());

        AnalyzeCommandTest.Run run = AnalyzeCommandTest.warta("ingest", "--data", data.toString(), lines.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("7 indexed (7 new, 0 updated), 0 skipped").contains("holds 7 articles");

        // the sample texts, analysed now, are the very articles the analysed lines gave
        AnalyzeCommandTest.Run text = AnalyzeCommandTest.warta("ingest", "--data", data.toString(), "../samples");
        assertThat(text.exit()).isEqualTo(ExitCodes.OK);
        assertThat(text.err()).contains("0 indexed (0 new, 0 updated), 7 skipped (unchanged: 7)");
        AnalyzeCommandTest.Run search = AnalyzeCommandTest.warta("search", "--data", data.toString(), "banjir");
        assertThat(search.out()).containsIgnoringCase("*banjir*");
    }

    @Test
    void reportsWhatItSkippedAndWhy(@TempDir Path inputs) throws IOException {
        Path broken = Files.writeString(inputs.resolve("broken.jsonl"),
                "{\"title\": \"Tanpa teks\"}\nbukan json\n{\"text\": \"Harga cabai naik di Pasar Senen, Senin (3/11/2025).\"}\n");
        AnalyzeCommandTest.Run run = AnalyzeCommandTest.warta("ingest", "--data", data.toString(), broken.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(run.err()).contains("1 indexed (1 new, 0 updated), 2 skipped").contains("no \"text\" string field").contains("not JSON");
    }

    @Test
    void badQueriesAndMissingIndexesAreUsageErrors() {
        AnalyzeCommandTest.Run missing = AnalyzeCommandTest.warta("search", "--data", data.resolve("nothing").toString(), "banjir");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no index in");
        AnalyzeCommandTest.warta("ingest", "--data", data.toString(), "../samples/detik-harga-beras.txt");
        AnalyzeCommandTest.Run bad = AnalyzeCommandTest.warta("search", "--data", data.toString(), "\"harga");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("quotation mark is not closed");
    }
}
