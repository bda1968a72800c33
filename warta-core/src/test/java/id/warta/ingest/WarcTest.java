package id.warta.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcTest {
    private static final String FLOOD_URL = "https://wartacirebon.id/daerah/2026/05/26/jalan-amblas-di-plered";
    private static final String BRIDGE_URL = "https://wartacirebon.id/daerah/2026/05/26/jembatan-darurat-losari";
    private static final String MARKET_URL = "https://wartacirebon.id/ekonomi/2026/05/27/harga-cabai-di-pasar-jagasatru";
    private static final String FLOOD = WarcArchive.article("Jalan Amblas di Plered, Warga Memutar Lewat Desa Tegalsari",
            "Jalan penghubung Plered dan Weru amblas sepanjang 12 meter setelah hujan deras pada Senin (25/5/2026).");
    private static final String BRIDGE = WarcArchive.article("Jembatan Darurat Losari Mulai Dibangun",
            "Warga Desa Ambulu bergotong royong membangun jembatan bambu pengganti jembatan yang hanyut.");
    private static final String MARKET = WarcArchive.article("Harga Cabai di Pasar Jagasatru Naik Dua Kali Lipat",
            "Harga cabai rawit merah di Pasar Jagasatru menembus Rp 95.000 per kilogram pada Rabu pagi.");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "gzip per record: {0}")
    @ValueSource(booleans = {false, true})
    void readsHtmlPagesAndSumsUpTheRecordsThatHoldNoArticle(boolean gzip) throws IOException {
        WarcArchive warc = new WarcArchive(gzip).warcinfo()
                .request(FLOOD_URL).page(FLOOD_URL, FLOOD).metadata("outlinks: " + BRIDGE_URL)
                .response("https://wartacirebon.id/img/plered.jpg", "HTTP/1.1 200 OK\nContent-Type: image/jpeg\nContent-Length: 4\n",
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                .response("https://wartacirebon.id/css/site.css", "HTTP/1.1 200 OK\nContent-Type: text/css\nContent-Length: 14\n",
                        "body{margin:0}".getBytes(StandardCharsets.US_ASCII))
                .response("http://wartacirebon.id/", "HTTP/1.1 301 Moved Permanently\nLocation: https://wartacirebon.id/\nContent-Length: 0\n", new byte[0])
                .resource(BRIDGE_URL, "text/html; charset=utf-8", BRIDGE.getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = read(warc.save(dir, gzip ? "crawl.warc.gz" : "crawl.warc"));

        assertThat(inputs).hasSize(3);
        RawDocument flood = document(inputs.get(0));
        assertThat(flood.format()).isEqualTo(Format.HTML);
        assertThat(flood.content()).contains("Jalan penghubung Plered dan Weru amblas");
        assertThat(flood.hints().url()).isEqualTo(FLOOD_URL);
        assertThat(flood.hints().fetched()).isEqualTo("2026-05-27T03:15:00Z");
        assertThat(flood.hints().published()).as("a crawl date is not a publication date").isNull();
        assertThat(flood.origin().offset()).isEqualTo(warc.offsets.get(2));
        RawDocument bridge = document(inputs.get(1));
        assertThat(bridge.hints().url()).isEqualTo(BRIDGE_URL);
        assertThat(bridge.origin().offset()).isEqualTo(warc.offsets.get(7));
        assertThat(inputs.get(2)).isInstanceOfSatisfying(Input.Summary.class, s -> assertThat(s.message())
                .isEqualTo("2 pages read; 6 records passed over (they hold no article): 2 metadata and warcinfo, "
                        + "1 requests, 1 images, 1 scripts and styles, 1 redirects and errors"));
    }

    @Test
    void undoesChunkedTransferAndGzipContentEncoding() throws IOException {
        byte[] gz = WarcArchive.gzipped(MARKET.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int at = 0; at < gz.length; at += 100) {
            int n = Math.min(100, gz.length - at);
            chunked.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(gz, at, n);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        WarcArchive warc = new WarcArchive(true).response(MARKET_URL,
                "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nTransfer-Encoding: chunked\nContent-Encoding: gzip\n",
                chunked.toByteArray());

        RawDocument market = document(read(warc.save(dir, "chunked.warc.gz")).getFirst());

        assertThat(market.content()).isEqualTo(MARKET);
        assertThat(market.warnings()).isEmpty();
    }

    @Test
    void readsABodyAsItIsWhenTheCrawlerAlreadyUndidTheEncodingsItsHeaderNames() throws IOException {
        byte[] body = MARKET.getBytes(StandardCharsets.UTF_8);
        WarcArchive warc = new WarcArchive(false)
                .response(MARKET_URL, "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nTransfer-Encoding: chunked\n", body)
                .response(FLOOD_URL, "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nContent-Encoding: gzip\n",
                        FLOOD.getBytes(StandardCharsets.UTF_8));

        List<Input> inputs = read(warc.save(dir, "decoded.warc"));

        assertThat(document(inputs.get(0)).content()).isEqualTo(MARKET);
        RawDocument flood = document(inputs.get(1));
        assertThat(flood.content()).isEqualTo(FLOOD);
        assertThat(flood.warnings()).extracting(w -> w.code()).containsExactly("undeclared-encoding");
    }

    @Test
    void decodesWithTheCharsetOfTheHttpHeader() throws IOException {
        String html = "<html><body><p>Pemkab Cirebon menganggarkan dana \u201cdarurat\u201d Rp 2 miliar.</p></body></html>";
        WarcArchive warc = new WarcArchive(false).response(BRIDGE_URL,
                "HTTP/1.1 200 OK\nContent-Type: text/html; charset=windows-1252\n", html.getBytes(Charset.forName("windows-1252")));

        assertThat(document(read(warc.save(dir, "cp1252.warc")).getFirst()).content()).isEqualTo(html);
    }

    @Test
    void sniffsHtmlWhenTheContentTypeSaysNothing() throws IOException {
        WarcArchive warc = new WarcArchive(false)
                .response(FLOOD_URL, "HTTP/1.1 200 OK\nContent-Type: application/octet-stream\n", FLOOD.getBytes(StandardCharsets.UTF_8))
                .response("https://wartacirebon.id/robots.txt", "HTTP/1.1 200 OK\n", "User-agent: *\nDisallow: /cari\n".getBytes(StandardCharsets.US_ASCII));

        List<Input> inputs = read(warc.save(dir, "untyped.warc"));

        assertThat(document(inputs.get(0)).hints().url()).isEqualTo(FLOOD_URL);
        assertThat(((Input.Summary) inputs.get(1)).message()).endsWith("1 other types");
    }

    @ParameterizedTest(name = "gzip per record: {0}")
    @ValueSource(booleans = {false, true})
    void reportsARecordCutOffAtTheEndOfTheFile(boolean gzip) throws IOException {
        WarcArchive warc = new WarcArchive(gzip).page(FLOOD_URL, FLOOD).page(BRIDGE_URL, BRIDGE);
        byte[] whole = warc.bytes();
        long cut = warc.offsets.get(1) + (whole.length - warc.offsets.get(1)) / 2;
        Path file = Files.write(dir.resolve(gzip ? "cut.warc.gz" : "cut.warc"), Arrays.copyOf(whole, (int) cut));

        List<Input> inputs = read(file);

        assertThat(inputs).hasSize(3);
        assertThat(document(inputs.get(0)).hints().url()).isEqualTo(FLOOD_URL);
        assertThat(inputs.get(1)).isInstanceOfSatisfying(Input.Skipped.class, s -> {
            assertThat(s.origin().offset()).isEqualTo(warc.offsets.get(1));
            assertThat(s.reason()).contains("the file ends inside it").endsWith("nothing readable after it");
        });
        assertThat(((Input.Summary) inputs.get(2)).message()).isEqualTo("1 page read");
    }

    @ParameterizedTest(name = "gzip per record: {0}")
    @ValueSource(booleans = {false, true})
    void skipsGarbageBetweenRecordsAndReadsOn(boolean gzip) throws IOException {
        byte[] junk = "\u0000\u0000<html>sisa unduhan yang terputus</html>\r\nWARC/x\r\n".getBytes(StandardCharsets.UTF_8);
        WarcArchive warc = new WarcArchive(gzip).page(FLOOD_URL, FLOOD).garbage(junk).page(BRIDGE_URL, BRIDGE)
                .garbage(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}).page(MARKET_URL, MARKET);

        List<Input> inputs = read(warc.save(dir, gzip ? "junk.warc.gz" : "junk.warc"));

        assertThat(inputs).hasSize(6);
        assertThat(document(inputs.get(0)).hints().url()).isEqualTo(FLOOD_URL);
        assertThat(inputs.get(1)).isInstanceOfSatisfying(Input.Skipped.class, s -> {
            assertThat(s.origin().offset()).isEqualTo(warc.offsets.get(1));
            assertThat(s.reason()).startsWith("no readable WARC record here").endsWith("reading resumes at offset " + warc.offsets.get(2));
        });
        assertThat(document(inputs.get(2)).hints().url()).isEqualTo(BRIDGE_URL);
        assertThat(inputs.get(3)).isInstanceOfSatisfying(Input.Skipped.class,
                s -> assertThat(s.reason()).endsWith("reading resumes at offset " + warc.offsets.get(4)));
        assertThat(document(inputs.get(4)).hints().url()).isEqualTo(MARKET_URL);
        assertThat(((Input.Summary) inputs.get(5)).message()).isEqualTo("3 pages read");
    }

    @ParameterizedTest(name = "gzip per record: {0}")
    @ValueSource(booleans = {false, true})
    void reportsARecordCutOffInTheMiddleOfTheArchiveAndKeepsItsNeighbour(boolean gzip) throws IOException {
        WarcArchive first = new WarcArchive(gzip).page(FLOOD_URL, FLOOD).page(BRIDGE_URL, BRIDGE);
        byte[] cutShort = Arrays.copyOf(first.bytes(), (int) (first.offsets.get(1) + 400));
        WarcArchive rest = new WarcArchive(gzip).page(MARKET_URL, MARKET);
        byte[] joined = new byte[cutShort.length + rest.bytes().length];
        System.arraycopy(cutShort, 0, joined, 0, cutShort.length);
        System.arraycopy(rest.bytes(), 0, joined, cutShort.length, rest.bytes().length);
        Path file = Files.write(dir.resolve(gzip ? "spliced.warc.gz" : "spliced.warc"), joined);

        List<Input> inputs = read(file);

        assertThat(inputs).hasSize(4);
        assertThat(document(inputs.get(0)).hints().url()).isEqualTo(FLOOD_URL);
        assertThat(inputs.get(1)).isInstanceOfSatisfying(Input.Skipped.class, s -> {
            assertThat(s.origin().offset()).isEqualTo(first.offsets.get(1));
            // Plain: the record's header reads, and its length runs into the next one; compressed: its member does not inflate.
            assertThat(s.reason()).startsWith(gzip ? "no readable WARC record here" : "record cut off or corrupt (its length does not match")
                    .endsWith("reading resumes at offset " + cutShort.length);
        });
        RawDocument market = document(inputs.get(2));
        assertThat(market.hints().url()).isEqualTo(MARKET_URL);
        assertThat(market.content()).isEqualTo(MARKET);
    }

    @Test
    void skipsAPageOverTheSizeLimitWithAMessage() throws IOException {
        String huge = "<html><body>" + "<p>Paragraf berulang tentang anggaran daerah.</p>".repeat(2000) + "</body></html>";
        WarcArchive warc = new WarcArchive(true).page(MARKET_URL, huge).page(FLOOD_URL, FLOOD);

        List<Input> inputs;
        try (Stream<Input> s = Inputs.open(warc.save(dir, "big.warc.gz").toString(), new Limits(50_000))) {
            inputs = s.toList();
        }

        assertThat(inputs.get(0)).isInstanceOfSatisfying(Input.Skipped.class,
                s -> assertThat(s.reason()).startsWith("page " + MARKET_URL + " too large"));
        assertThat(document(inputs.get(1)).hints().url()).isEqualTo(FLOOD_URL);
    }

    @Test
    void recognisesAnArchiveByItsFirstBytesWhateverItsName() throws IOException {
        Path plain = new WarcArchive(false).page(FLOOD_URL, FLOOD).save(dir, "unduhan-1");
        Path compressed = new WarcArchive(true).page(BRIDGE_URL, BRIDGE).save(dir, "unduhan-2.bin");

        assertThat(document(read(plain).getFirst()).hints().url()).isEqualTo(FLOOD_URL);
        assertThat(document(read(compressed).getFirst()).hints().url()).isEqualTo(BRIDGE_URL);
    }

    @Test
    void reportsAFileNamedWarcThatHoldsNoRecord() throws IOException {
        Path file = Files.writeString(dir.resolve("kosong.warc"), "Ini bukan arsip WARC.\n");

        List<Input> inputs = read(file);

        assertThat(inputs.getFirst()).isInstanceOfSatisfying(Input.Skipped.class, s -> {
            assertThat(s.origin().offset()).isZero();
            assertThat(s.reason()).startsWith("no readable WARC record here").endsWith("nothing readable after it");
        });
        assertThat(((Input.Summary) inputs.get(1)).message()).isEqualTo("0 pages read");
    }

    private static List<Input> read(Path file) {
        try (Stream<Input> s = Inputs.open(file.toString(), Limits.DEFAULT)) {
            return s.toList();
        }
    }

    private static RawDocument document(Input input) {
        assertThat(input).isInstanceOf(Input.Read.class);
        return ((Input.Read) input).document();
    }
}
