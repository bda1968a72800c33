package id.warta.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.warta.Warta;
import id.warta.app.server.ServerOptions;
import id.warta.app.server.WartaServer;
import id.warta.index.NewsIndex;
import id.warta.index.TestArticles;
import id.warta.model.Article;
import id.warta.model.EntityType;
import id.warta.model.RawDocument.Hints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real headless Chromium (Debian's, driven by Playwright) against a real
 * server. Skips, saying why, where no Chromium is installed; {@code .ci/run} installs one.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WARTA_CHROMIUM", "/usr/bin/chromium"));
    /** What the injected markup would do if it ran. */
    private static final String PAYLOAD = "window.__pwned = (window.__pwned || 0) + 1";

    @TempDir
    static Path data;
    static NewsIndex index;
    static WartaServer server;
    static Playwright playwright;
    static Browser browser;
    Page page;
    final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser tests skipped (apt-get install chromium, or set WARTA_CHROMIUM)");
        index = NewsIndex.open(data);
        for (Article a : TestArticles.all()) index.indexer().upsert(a);
        index.indexer().upsert(hostile());
        index.indexer().commit();
        server = WartaServer.start(ServerOptions.local(0), index, Warta.pipeline());
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking")));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
        if (index != null) index.close();
    }

    @BeforeEach
    void open() {
        page = browser.newPage();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
    }

    @AfterEach
    void close(org.junit.jupiter.api.TestInfo test) {
        // WARTA_SCREENSHOTS=DIR keeps a picture of where each test ended, to look at the UI as a person would.
        String dir = System.getenv("WARTA_SCREENSHOTS");
        if (dir != null) page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of(dir, test.getTestMethod().orElseThrow().getName() + ".png")));
        page.close();
    }

    @Test
    void searchOpenAnArticleAndSeeItsQuoteHighlightedWithItsSpeaker() {
        page.navigate(server.url());
        page.locator("#q").fill("rupiah");
        page.locator("#search-form button").click();
        assertThat(page.locator(".hit")).hasCount(1);
        assertThat(page.locator(".hit .snippet mark.hl").first()).hasText("rupiah");

        page.locator(".hit-title").first().click();
        assertThat(page.locator("h1")).hasText("BI Tahan Suku Bunga Acuan di 4,75 Persen");
        assertThat(page.locator("#article-text mark.quote").first()).containsText("Kami melihat tekanan terhadap rupiah masih tinggi");
        assertThat(page.locator("#article-text .speaker-tag").first()).hasText("Pratama Wibisono");
        assertThat(page.locator("#article-text a.ent.person").first()).hasText("Pratama Wibisono");
        assertThat(page.locator("#article-text a.ent.organization").first()).hasText("Bank Indonesia");
    }

    @Test
    void facetsNarrowTheResults() {
        page.navigate(server.url() + "?q=beras");
        assertThat(page.locator(".hit")).hasCount(2);
        page.locator("a[data-facet=person]", new Page.LocatorOptions().setHasText("Sri Wulandari")).click();
        assertThat(page.locator(".hit")).hasCount(1);
        assertThat(page.locator(".chip")).containsText("person: Sri Wulandari");
        assertThat(page.locator("svg.chart rect.bar").first()).isAttached();
    }

    @Test
    void entityPageChartsMentionsAndListsQuotes() {
        page.navigate(server.url() + "entity/Pratama%20Wibisono");
        assertThat(page.locator("h1")).hasText("Pratama Wibisono");
        assertThat(page.locator("svg.chart rect.bar").first()).isAttached();
        assertThat(page.locator(".quote-hit blockquote")).hasCount(2);
    }

    @Test
    void quoteSearchAnswersWhoSaidWhat() {
        page.navigate(server.url() + "quotes?speaker=sri&q=stok");
        assertThat(page.locator(".quote-hit")).hasCount(1);
        assertThat(page.locator(".quote-hit mark.hl")).hasText("Stok");
        page.locator(".quote-hit .meta a", new Page.LocatorOptions().setHasText("Harga Beras")).click();
        assertThat(page.locator("#article-text mark.quote.focus")).containsText("Stok beras di gudang Bulog cukup");
    }

    @Test
    void scriptInjectedThroughAnArticleNeverRuns() {
        page.navigate(server.url() + "?q=sabotase");
        assertThat(page.locator(".hit")).hasCount(1);
        assertThat(page.locator(".hit-title")).containsText("<img src=x onerror=");
        page.locator(".hit-title").click();
        assertThat(page.locator("#article-text")).containsText("<script>" + PAYLOAD + "</script>");
        assertThat(page.locator("h1")).containsText("<img src=x onerror=");

        assertThat(page.locator("#view script, #view img, #view iframe")).hasCount(0);
        assertThat(page.locator("a[href^='javascript:']")).hasCount(0);
        page.navigate(server.url() + "entity/" + java.net.URLEncoder.encode("<script>" + PAYLOAD + "</script>", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(page.locator("h1")).containsText("<script>");
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(dialogs).isEmpty();
    }

    /** An article whose every field tries to run script. */
    private static Article hostile() {
        String text = "Aksi sabotase terjadi di gudang logistik. <script>" + PAYLOAD + "</script> Polisi masih menyelidiki."
                + "\n\n\"<img src=x onerror=\"" + PAYLOAD + "\"> tidak ada yang terluka,\" kata juru bicara.";
        Article a = Warta.analyze(text, new Hints("<img src=x onerror=\"" + PAYLOAD + "\"> Sabotase Gudang",
                "javascript:alert(1)", "2025-10-22", "<b onmouseover=alert(1)>Portal</b>"));
        return TestArticles.with(a,
                List.of(TestArticles.entity(a, "<script>" + PAYLOAD + "</script>", EntityType.PERSON, "Polisi")),
                List.of(TestArticles.quote(a, "<img src=x", "<script>" + PAYLOAD + "</script>", "juru bicara")));
    }
}
