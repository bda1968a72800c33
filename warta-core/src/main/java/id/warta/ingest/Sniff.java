package id.warta.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * What kind of input a file is, from its first bytes (inflated when gzip-compressed) and
 * then its name: content wins, so a WARC or a feed is recognised whatever it is called.
 */
final class Sniff {
    /** Bytes looked at; enough to pass an XML prolog with a comment or a stylesheet. */
    private static final int HEAD_BYTES = 4096;
    /** {@code WARC/1.1}, and the pre-standard {@code WARC/0.17}. */
    private static final Pattern WARC_VERSION = Pattern.compile("WARC/\\d\\.");
    /** The XML prolog (declaration, processing instructions, comments, DOCTYPE), then the root element's name. */
    private static final Pattern XML_ROOT = Pattern.compile(
            "\\A(?:\\u00EF\\u00BB\\u00BF)?(?>\\s|<\\?[^>]{0,1000}\\?>|<!--(?:[^-]|-(?!->)){0,2000}-->|<!DOCTYPE[^>\\[]{0,1000}(?:\\[[^\\]]{0,4000}])?\\s*>)*"
                    + "<(?:[\\w.-]+:)?([\\w.-]+)");
    private static final Pattern XML_DECLARATION = Pattern.compile("\\A(?:\\u00EF\\u00BB\\u00BF)?\\s*<\\?xml\\s");

    enum Kind { WARC, FEED, JSON_LINES, JSON, DOCUMENT }

    private Sniff() {
    }

    /** The kind of content that starts with these bytes (standard input): a WARC archive, a feed, or a document. */
    static Kind kind(byte[] bytes) {
        byte[] first = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
        if (Decoding.isGzip(first)) {
            try {
                first = inflate(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                return Kind.DOCUMENT;
            }
        }
        String head = new String(first, StandardCharsets.ISO_8859_1);
        return WARC_VERSION.matcher(head).lookingAt() ? Kind.WARC : isXml(head) ? Kind.FEED : Kind.DOCUMENT;
    }

    static Kind kind(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String head = new String(head(path), StandardCharsets.ISO_8859_1);
        if (WARC_VERSION.matcher(head).lookingAt() || name.endsWith(".warc") || name.endsWith(".warc.gz")) return Kind.WARC;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Kind.JSON_LINES;
        if (name.endsWith(".json")) return Kind.JSON;
        if (isXml(head) || name.endsWith(".rss") || name.endsWith(".atom")) return Kind.FEED;
        return Kind.DOCUMENT;
    }

    /**
     * Whether a file is XML other than a web page: a feed or a sitemap by its root element
     * ({@code rss}, {@code feed}, {@code rdf:RDF}, {@code urlset}, {@code sitemapindex}), or any
     * file with an XML declaration whose root is not {@code html}. All of it goes to the
     * hardened feed reader, which names what it found when it is not a feed.
     */
    static boolean isXml(String head) {
        Matcher m = XML_ROOT.matcher(head);
        if (!m.lookingAt()) return XML_DECLARATION.matcher(head).lookingAt();
        return switch (m.group(1)) {
            case "rss", "feed", "RDF", "urlset", "sitemapindex" -> true;
            case "html" -> false;
            default -> XML_DECLARATION.matcher(head).lookingAt();
        };
    }

    /** Whether the start of a text looks like an HTML page rather than plain text. */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF")) head = head.substring(1).stripLeading();
        return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && head.contains("<body"))
                || (head.startsWith("<!--") && head.contains("<html"));
    }

    /** The first bytes of a file, inflated when it is gzip-compressed (as far as they inflate). */
    static byte[] head(Path path) throws IOException {
        byte[] raw;
        try (InputStream in = Files.newInputStream(path)) {
            raw = in.readNBytes(HEAD_BYTES);
        }
        if (!Decoding.isGzip(raw)) return raw;
        try (InputStream in = Files.newInputStream(path)) {
            return inflate(in);
        }
    }

    /** The first inflated bytes of gzip data; a cut-off or corrupt stream gives what inflated before the fault. */
    private static byte[] inflate(InputStream compressed) throws IOException {
        byte[] out = new byte[HEAD_BYTES];
        int n = 0;
        try (InputStream in = new GZIPInputStream(compressed)) {
            for (int r; n < out.length && (r = in.read(out, n, out.length - n)) > 0; ) n += r;
        } catch (ZipException | EOFException e) {
            // enough to tell the kind; the reader for that kind reports the fault
        }
        return Arrays.copyOf(out, n);
    }
}
