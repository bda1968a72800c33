package id.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.json.ArticleJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warta analyze} end to end, in process: output contract, order, skips and exit codes. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<JsonNode> jsonLines() throws IOException {
            var mapper = ArticleJson.mapper();
            return out.lines().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return mapper.readTree(l);
                } catch (IOException e) {
                    throw new AssertionError(l, e);
                }
            }).toList();
        }
    }

    static Run warta(String... args) {
        CommandLine cli = WartaCommand.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void readsAChoiceInAnyCase() throws IOException {
        Run upper = warta("analyze", "--format", "JSONL", "../samples");
        assertThat(upper.exit()).as(upper.err()).isEqualTo(ExitCodes.OK);
        assertThat(upper.jsonLines()).hasSize(7);
        Run wrong = warta("analyze", "--format", "yaml", "../samples");
        assertThat(wrong.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("json, jsonl, text");
    }

    @Test
    void printsTheOutputContractForEachSampleInInputOrder() throws IOException {
        Run run = warta("analyze", "--format", "jsonl", "--threads", "2", "../samples");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        List<JsonNode> articles = run.jsonLines();
        assertThat(articles).hasSize(7);
        assertThat(articles).extracting(a -> a.get("source").get("path").asText())
                .isSortedAccordingTo(String::compareTo);
        for (JsonNode a : articles) {
            assertThat(a.fieldNames()).toIterable().containsExactly("source", "url", "outlet", "site", "language",
                    "title", "published", "modified", "dateline", "text", "image", "captions", "related", "pages",
                    "credits", "entities", "quotes", "dates", "periods", "amounts", "sources", "headline", "warnings");
        }
        JsonNode jsonl = articles.stream().filter(a -> a.get("source").has("line") && a.get("source").get("line").asInt() == 2)
                .findFirst().orElseThrow();
        assertThat(jsonl.get("published").asText()).isEqualTo("2025-10-23T15:10+07:00");
        assertThat(jsonl.get("dates").get(0).get("value").asText()).isEqualTo("2025-10-23");
    }

    @Test
    void analysedLinesAreWrittenBackAsTheyAre() throws IOException {
        Run first = warta("analyze", "-f", "jsonl", "../samples/kompas-banjir-bekasi.txt", "../samples/articles.jsonl");
        Path analysed = Files.writeString(dir.resolve("hasil.jsonl"), first.out());
        Run again = warta("analyze", "-f", "jsonl", analysed.toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).isEqualTo(first.out());
    }

    @Test
    void jsonIsOneArrayAndTextIsReadable() {
        Run json = warta("analyze", "../samples/kompas-banjir-bekasi.txt", "../samples/detik-harga-beras.txt");
        assertThat(json.exit()).isZero();
        assertThat(json.out().strip()).startsWith("[").endsWith("]");
        Run text = warta("analyze", "-f", "text", "../samples/kompas-banjir-bekasi.txt");
        assertThat(text.out()).contains("Title:     Banjir Rendam", "Dateline:  BEKASI, KOMPAS.com -", "Related 2: BMKG");
    }

    @Test
    void skippedInputsAreNamedAndTheExitCodeSaysSo() throws IOException {
        Files.writeString(dir.resolve("kosong.txt"), "");
        Files.writeString(dir.resolve("rusak.jsonl"), "{\"text\": \"Isi berita yang utuh.\"}\n{rusak\n");
        Run run = warta("analyze", "-f", "jsonl", dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(run.jsonLines()).hasSize(1);
        assertThat(run.err()).contains("kosong.txt: empty file", "rusak.jsonl:2: not JSON", "1 analysed, 2 skipped");
    }

    @Test
    void nothingReadableGivesItsOwnExitCode() {
        Run run = warta("analyze", dir.resolve("tidak-ada.txt").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.NOTHING_READ);
        assertThat(run.err()).contains("tidak-ada.txt: no such file");
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        assertThat(warta("analyze").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(warta("analyze", "--format", "xml", "x.txt").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(warta("analyze", "--help").out()).contains("Exit codes:", "--format");
    }
}
