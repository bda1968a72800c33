package id.warta.ingest;

import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import id.warta.model.RawDocument.Hints;
import id.warta.model.Warning;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Reads a WARC archive ({@code .warc}, or {@code .warc.gz} compressed per record) as a
 * stream of web pages, one record at a time, so memory stays flat whatever the archive's
 * size. Takes the {@code response} and {@code resource} records that hold HTML (by
 * Content-Type, else by their first bytes), with HTTP chunking and compression undone.
 * Records that hold no article (requests, metadata, revisits, redirects, images, scripts)
 * are counted and summed up in one {@link Input.Summary} at the end.
 *
 * <p>A record cut off or corrupt, or bytes that are no record, are reported with their
 * offset, and reading resumes at the next record start found after them. A record is
 * handed on only once the next one has been found where its length says: a record whose
 * length is wrong runs into its neighbour, and is reported instead.
 */
final class Warc implements Iterator<Input>, Closeable {
    /** The HTTP header's share of a response record, allowed beyond the document size limit. */
    private static final long MAX_HTTP_HEADER_BYTES = 256 * 1024;
    private static final int SCAN_CHUNK = 1 << 16;
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    /** jwarc's warning when the bytes after a record are not the CRLFCRLF that should end it. */
    private static final String BAD_TRAILER_WARNING = "invalid record trailer";

    private static final String REQUESTS = "requests", METADATA = "metadata and warcinfo", REVISITS = "revisits",
            REDIRECTS = "redirects and errors", EMPTY = "empty pages", OTHER_RECORDS = "other records";

    private final Path path;
    private final Origin file;
    private final Limits limits;
    private final WarcReader reader;
    private final boolean gzip;
    private final Deque<Input> ready = new ArrayDeque<>();
    private final Map<String, Integer> passedOver = new LinkedHashMap<>();
    /** The last record's outcome, held until the next record shows the last one ended where it said. */
    private Input pending;
    /** Offset of the last record read since the start or a resynchronisation, or -1. */
    private long lastOffset = -1;
    private boolean badTrailer;
    private boolean done;
    private long pages;

    private Warc(Path path, Origin file, Limits limits) throws IOException {
        this.path = path;
        this.file = file;
        this.limits = limits;
        FileChannel channel = FileChannel.open(path);
        try {
            this.reader = new WarcReader(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.gzip = reader.compression() == WarcCompression.GZIP;
        reader.setLenient(true);
        reader.onWarning(message -> badTrailer |= message.contains(BAD_TRAILER_WARNING));
    }

    static Stream<Input> open(Path path, Origin file, Limits limits) {
        Warc warc;
        try {
            warc = new Warc(path, file, limits);
        } catch (IOException e) {
            return Stream.of(new Input.Skipped(file, "not a readable WARC archive: " + reason(e)));
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(warc, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        warc.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !done) step();
        return !ready.isEmpty();
    }

    @Override
    public Input next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ready.removeFirst();
    }

    @Override
    public void close() throws IOException {
        done = true;
        reader.close();
    }

    /** Reads one record: its outcome becomes pending, the previous one's is released. */
    private void step() {
        long previous = lastOffset;
        badTrailer = false;
        Optional<WarcRecord> next;
        try {
            next = reader.next();
        } catch (IOException | RuntimeException e) {
            recover(previous, e);
            return;
        }
        release();
        if (next.isEmpty()) {
            finish();
            return;
        }
        WarcRecord record = next.get();
        lastOffset = record.position();
        try {
            pending = take(record);
        } catch (IOException e) { // the record's bytes end early or do not inflate: its neighbours may be off too
            skipAndResync(lastOffset, "record cut off or corrupt (" + reason(e) + ")", lastOffset + 1);
        } catch (RuntimeException e) { // a header value jwarc rejects: the record's frame is sound, read on
            pending = new Input.Skipped(file.atOffset(lastOffset), "record unreadable (" + reason(e) + ")");
        }
    }

    /**
     * After the reader failed: either the previous record was cut off or had a wrong length
     * (its end is not where the next record starts), or the bytes after it are no record.
     */
    private void recover(long previous, Exception e) {
        long at = reader.position();
        if (previous >= 0 && (at == previous || badTrailer)) {
            pending = null;
            String why = at == previous ? reason(e) : "its length does not match its content";
            skipAndResync(previous, "record cut off or corrupt (" + why + ")", previous + 1);
        } else {
            release();
            skipAndResync(at, "no readable WARC record here (" + reason(e) + ")", at + 1);
        }
    }

    private void skipAndResync(long at, String what, long from) {
        pending = null;
        long resume;
        try {
            resume = nextRecordStart(from);
        } catch (IOException e) {
            resume = -1;
        }
        String tail = resume < 0 ? "; nothing readable after it" : "; reading resumes at offset " + resume;
        ready.add(new Input.Skipped(file.atOffset(at), what + tail));
        if (resume < 0) {
            finish();
            return;
        }
        try {
            reader.position(resume);
            lastOffset = -1;
        } catch (IOException e) {
            ready.add(new Input.Skipped(file.atOffset(resume), "cannot resume reading: " + reason(e)));
            finish();
        }
    }

    private void release() {
        if (pending != null) ready.add(pending);
        pending = null;
    }

    private void finish() {
        if (done) return;
        release();
        done = true;
        ready.add(new Input.Summary(file, summary()));
    }

    private String summary() {
        String read = pages + (pages == 1 ? " page read" : " pages read");
        if (passedOver.isEmpty()) return read;
        int total = passedOver.values().stream().mapToInt(Integer::intValue).sum();
        return read + "; " + total + " records passed over (they hold no article): "
                + passedOver.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private Input take(WarcRecord record) throws IOException {
        return switch (record) {
            case WarcResponse r -> r.contentType().base().equals(MediaType.HTTP) ? response(r) : resource(r);
            case WarcResource r -> resource(r);
            case WarcRequest r -> passOver(REQUESTS);
            case WarcRevisit r -> passOver(REVISITS);
            case Warcinfo r -> passOver(METADATA);
            case WarcMetadata r -> passOver(METADATA);
            default -> passOver(OTHER_RECORDS);
        };
    }

    private Input passOver(String what) {
        passedOver.merge(what, 1, Integer::sum);
        return null;
    }

    private Input response(WarcResponse record) throws IOException {
        Origin origin = file.atOffset(record.position());
        HttpResponse http;
        try {
            http = record.http();
        } catch (ParsingException e) {
            return new Input.Skipped(origin, "response " + record.target() + ": unreadable HTTP header (" + reason(e) + ")");
        }
        if (http.status() < 200 || http.status() > 299) return passOver(REDIRECTS);
        String contentType = http.headers().first("Content-Type").orElse(null);
        PayloadType type = PayloadType.of(contentType);
        if (type.category() != null) return passOver(type.category());
        if (record.body().size() > limits.maxDocumentBytes() + MAX_HTTP_HEADER_BYTES) return tooLarge(record, record.body().size());
        // The whole block (HTTP header and entity) in memory, so a body that is not what its
        // header says (chunked or gzip already undone by the crawler) can be read as it is.
        byte[] block = record.body().stream().readAllBytes();
        List<Warning> warnings = new ArrayList<>();
        byte[] body;
        try {
            body = HttpBody.decode(block, limits.maxDocumentBytes() + 1, warnings);
        } catch (IOException e) {
            return new Input.Skipped(origin, "page " + record.target() + ": body unreadable (" + reason(e) + ")");
        }
        if (body.length > limits.maxDocumentBytes()) return tooLarge(record, body.length);
        return page(record, type, contentType, body, warnings);
    }

    private Input resource(WarcCaptureRecord record) throws IOException {
        String contentType = record.headers().first("Content-Type").orElse(null);
        PayloadType type = PayloadType.of(contentType);
        if (type.category() != null) return passOver(type.category());
        if (record.body().size() > limits.maxDocumentBytes()) return tooLarge(record, record.body().size());
        return page(record, type, contentType, record.body().stream().readAllBytes(), new ArrayList<>());
    }

    private Input page(WarcCaptureRecord record, PayloadType type, String contentType, byte[] body, List<Warning> warnings) {
        Origin origin = file.atOffset(record.position());
        if (type == PayloadType.UNKNOWN && !Sniff.looksLikeHtml(new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1))) {
            return passOver(PayloadType.OTHER.category());
        }
        Decoding.Decoded decoded;
        try {
            decoded = Decoding.decode(body, contentType, limits.maxDocumentBytes());
        } catch (IOException e) {
            return new Input.Skipped(origin, "page " + record.target() + ": cannot decompress: " + e.getMessage());
        }
        if (decoded.text().isBlank()) return passOver(EMPTY);
        if (decoded.note() != null) warnings.add(Warning.of("guessed-encoding", decoded.note()));
        record.headers().first("WARC-Truncated").ifPresent(why -> warnings.add(Warning.of("truncated-capture",
                "the crawler cut this capture short (" + why.toLowerCase(Locale.ROOT) + "); the end of the page is missing")));
        pages++;
        Hints hints = new Hints(null, record.target(), null, null, record.headers().first("WARC-Date").orElse(null));
        return new Input.Read(new RawDocument(origin, Format.HTML, decoded.text(), hints, warnings));
    }

    private Input tooLarge(WarcRecord record, long size) {
        String target = record instanceof WarcCaptureRecord c ? "page " + c.target() + " " : "record ";
        return new Input.Skipped(file.atOffset(record.position()), target + "too large: %.1f MB, over the %.1f MB limit per document"
                .formatted(size / 1e6, limits.maxDocumentBytes() / 1e6));
    }

    /** Offset of the first record start at or after {@code from}, or -1 when there is none. */
    private long nextRecordStart(long from) throws IOException {
        try (FileChannel scan = FileChannel.open(path)) {
            ByteBuffer chunk = ByteBuffer.allocate(SCAN_CHUNK + 16);
            for (long pos = from; pos < scan.size(); pos += SCAN_CHUNK) {
                chunk.clear();
                int n = 0;
                for (int r; chunk.hasRemaining() && (r = scan.read(chunk, pos + n)) > 0; ) n += r;
                byte[] a = chunk.array();
                for (int i = 0; i < Math.min(n, SCAN_CHUNK); i++) {
                    if (gzip ? isGzipMember(a, i, n) && inflatesToWarc(scan, pos + i) : isWarcVersion(a, i, n)) return pos + i;
                }
            }
        }
        return -1;
    }

    /** {@code WARC/} followed by a digit and a dot. */
    private static boolean isWarcVersion(byte[] a, int i, int n) {
        if (i + WARC_MAGIC.length + 2 > n) return false;
        for (int k = 0; k < WARC_MAGIC.length; k++) if (a[i + k] != WARC_MAGIC[k]) return false;
        return Character.isDigit(a[i + WARC_MAGIC.length]) && a[i + WARC_MAGIC.length + 1] == '.';
    }

    private static boolean isGzipMember(byte[] a, int i, int n) {
        return i + 3 <= n && a[i] == 0x1f && a[i + 1] == (byte) 0x8b && a[i + 2] == 8;
    }

    private static boolean inflatesToWarc(FileChannel scan, long at) {
        try {
            InputStream in = new GZIPInputStream(Channels.newInputStream(scan.position(at)), 512);
            byte[] head = in.readNBytes(WARC_MAGIC.length + 2);
            return isWarcVersion(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
    }

    static String reason(Exception e) {
        String message = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
        if (e instanceof EOFException) return "the file ends inside it" + (message == null ? "" : ": " + message);
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** What a payload's Content-Type says about it: HTML, perhaps HTML, or a kind that holds no article. */
    private enum PayloadType {
        HTML(null), UNKNOWN(null), IMAGES("images"), SCRIPTS_AND_STYLES("scripts and styles"), FONTS("fonts"),
        AUDIO_AND_VIDEO("audio and video"), OTHER("other types");

        private final String category;

        PayloadType(String category) {
            this.category = category;
        }

        /** The summary's name for records of this type, or null when it may be an article. */
        String category() {
            return category;
        }

        static PayloadType of(String contentType) {
            if (contentType == null) return UNKNOWN;
            String t = MediaType.parseLeniently(contentType).base().toString().toLowerCase(Locale.ROOT);
            if (t.equals("text/html") || t.equals("application/xhtml+xml")) return HTML;
            if (t.isEmpty() || t.equals("application/octet-stream") || t.equals("text/plain") || !t.contains("/")) return UNKNOWN;
            if (t.startsWith("image/")) return IMAGES;
            if (t.equals("text/css") || t.contains("javascript") || t.contains("ecmascript")) return SCRIPTS_AND_STYLES;
            if (t.startsWith("font/") || t.contains("font") || t.contains("woff")) return FONTS;
            if (t.startsWith("audio/") || t.startsWith("video/")) return AUDIO_AND_VIDEO;
            return OTHER;
        }
    }

    /** An HTTP response's entity, with transfer and content coding undone as far as they apply. */
    private static final class HttpBody {
        private HttpBody() {
        }

        /**
         * Decodes the entity of an HTTP response block, reading at most {@code max} bytes.
         * When the codings the header names fail (a crawler stored the body already
         * decoded), falls back to the body as it is, with a warning.
         */
        static byte[] decode(byte[] block, long max, List<Warning> warnings) throws IOException {
            HttpResponse http = parse(block);
            try {
                return read(http.bodyDecoded(), max);
            } catch (IOException e) {
                int headerLength = http.serializeHeader().length;
                byte[] raw = read(Channels.newChannel(new ByteArrayInputStream(block, headerLength, block.length - headerLength)), max);
                // Raw bytes that are not text are still encoded (brotli, say): nothing to read.
                if (Decoding.notText(raw) != null && !Decoding.isGzip(raw)) throw e;
                String codings = String.join(", ", http.headers().all("Transfer-Encoding"))
                        + " " + String.join(", ", http.headers().all("Content-Encoding"));
                warnings.add(Warning.of("undeclared-encoding", "the body is not encoded as its HTTP header says ("
                        + codings.strip() + ": " + reason(e) + "); read as it is"));
                return raw;
            }
        }

        /** Parses as jwarc does in a record: the body runs to the end of the block, whatever Content-Length says. */
        private static HttpResponse parse(byte[] block) throws IOException {
            return HttpResponse.parse(LengthedBody.create(Channels.newChannel(InputStream.nullInputStream()), ByteBuffer.wrap(block), block.length));
        }

        private static byte[] read(ReadableByteChannel body, long max) throws IOException {
            try (InputStream in = body instanceof MessageBody m ? m.stream() : Channels.newInputStream(body)) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
            }
        }
    }
}
