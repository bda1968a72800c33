package id.warta.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes WARC archives for tests with jwarc, record by record, remembering where each record starts. */
final class WarcArchive {
    static final Instant CRAWLED = Instant.parse("2026-05-27T03:15:00Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private final boolean gzip;
    final List<Long> offsets = new ArrayList<>();

    WarcArchive(boolean gzip) {
        this.gzip = gzip;
        try {
            writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response record holding an HTTP response (status line, headers, blank line, body). */
    WarcArchive response(String url, String httpHead, byte[] body) {
        byte[] head = httpHead.replace("\n", "\r\n").concat("\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        return write(new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http).build());
    }

    /** A 200 response with a UTF-8 HTML page and its Content-Length. */
    WarcArchive page(String url, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return response(url, "HTTP/1.1 200 OK\nContent-Type: text/html; charset=UTF-8\nContent-Length: " + body.length + "\n", body);
    }

    WarcArchive request(String url) {
        byte[] http = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return write(new WarcRequest.Builder(URI.create(url)).date(CRAWLED).body(MediaType.HTTP_REQUEST, http).build());
    }

    WarcArchive resource(String url, String contentType, byte[] body) {
        return write(new WarcResource.Builder(URI.create(url)).date(CRAWLED).body(MediaType.parse(contentType), body).build());
    }

    WarcArchive warcinfo() {
        return write(new Warcinfo.Builder().date(CRAWLED).filename("crawl.warc").fields(java.util.Map.of("software", List.of("test"))).build());
    }

    WarcArchive metadata(String text) {
        return write(new WarcMetadata.Builder().date(CRAWLED).body(MediaType.parse("application/warc-fields"),
                text.getBytes(StandardCharsets.UTF_8)).build());
    }

    /** Bytes that are no record, between or after records. */
    WarcArchive garbage(byte[] junk) {
        offsets.add((long) bytes.size());
        bytes.writeBytes(junk);
        return this;
    }

    private WarcArchive write(WarcRecord record) {
        offsets.add((long) bytes.size());
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    Path save(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), bytes());
    }

    boolean gzip() {
        return gzip;
    }

    static byte[] gzipped(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An article page in the layout of an Indonesian regional portal; people and events are invented. */
    static String article(String title, String lead) {
        return """
                <!DOCTYPE html>
                <html lang="id"><head><meta charset="utf-8"><title>%s - Warta Cirebon</title>
                <meta property="og:title" content="%s"></head>
                <body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
                <article><h1>%s</h1>
                <p>CIREBON, wartacirebon.id - %s</p>
                <p>Kepala Dinas Pekerjaan Umum Kabupaten Cirebon, Rahmat Sudarsono, mengatakan perbaikan ditargetkan rampung pekan depan.</p>
                <p><strong>BACA JUGA:</strong> <a href="/daerah/banjir-losari">Banjir Rendam Tiga Desa di Losari</a></p>
                <p>"Kami kerahkan alat berat sejak Senin pagi," ujarnya.</p>
                </article><footer>Copyright 2026 Warta Cirebon</footer></body></html>
                """.formatted(title, title, title, lead);
    }
}
