package id.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedCommandTest {
    private static final String NEWS_SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://wartacirebon.id/daerah/jalan-amblas-di-plered</loc>
                <news:news><news:publication><news:name>Warta Cirebon</news:name><news:language>id</news:language></news:publication>
                  <news:publication_date>2026-05-26T09:07:00+07:00</news:publication_date>
                  <news:title>Jalan Amblas di Plered</news:title></news:news></url>
            </urlset>
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsOneJsonLinePerEntry() throws IOException {
        Path sitemap = Files.writeString(dir.resolve("sitemap-news.xml"), NEWS_SITEMAP);

        int code = run("feed", sitemap.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("{\"url\":\"https://wartacirebon.id/daerah/jalan-amblas-di-plered\","
                + "\"title\":\"Jalan Amblas di Plered\",\"published\":\"2026-05-26T09:07+07:00\",\"modified\":null,"
                + "\"kind\":\"article\",\"outlet\":\"Warta Cirebon\",\"language\":\"id\",\"full_text\":false,"
                + "\"source\":{\"path\":\"" + sitemap + "\",\"line\":3,\"offset\":null}}\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listsTheEntriesBeforeABreakAndSaysWhereItBroke() throws IOException {
        Path broken = Files.writeString(dir.resolve("rusak.xml"), NEWS_SITEMAP.replace("</urlset>", "<url><loc>https://contoh.id/x</url>"));
        Path missing = dir.resolve("tidak-ada.xml");

        int code = run("feed", "--format", "text", broken.toString(), missing.toString());

        assertThat(code).isEqualTo(ExitCodes.SKIPPED);
        assertThat(out.toString()).isEqualTo("2026-05-26T09:07+07:00  Jalan Amblas di Plered  https://wartacirebon.id/daerah/jalan-amblas-di-plered\n");
        assertThat(err.toString()).contains(broken + ":7: broken XML at line 7").contains("skipped " + missing + ": no such file");
    }

    private int run(String... args) {
        CommandLine cli = WartaCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
