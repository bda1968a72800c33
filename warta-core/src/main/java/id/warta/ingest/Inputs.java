package id.warta.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import id.warta.model.RawDocument.Hints;
import id.warta.model.Warning;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The ingest stage's front door: turns a command-line argument (a file, a folder, or
 * {@code -} for standard input) into a stream of inputs, in a stable order, read as it is
 * consumed: one file open at a time, one archive record in memory at a time. A file's kind
 * is told by its first bytes, then its name ({@link Sniff}); each kind has its reader
 * ({@link Warc}, {@link Feeds}, {@link JsonLines}). Close the stream when done: it may hold
 * a file open.
 */
public final class Inputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Inputs() {
    }

    public static Stream<Input> open(String argument, Limits limits) {
        if (argument.equals("-")) return fromStream(System.in, Origin.file("-"), limits);
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                return concat(files.filter(Files::isRegularFile).sorted().toList(), limits);
            } catch (IOException | UncheckedIOException e) {
                return skipped(Origin.file(argument), "cannot list folder: " + e.getMessage());
            }
        }
        return file(path, limits);
    }

    private static Stream<Input> file(Path path, Limits limits) {
        Origin origin = Origin.file(path.toString());
        try {
            if (!Files.exists(path)) return skipped(origin, "no such file");
            if (!Files.isReadable(path)) return skipped(origin, "not readable");
            return switch (Sniff.kind(path)) {
                case WARC -> Warc.open(path, origin, limits);
                case FEED -> Feeds.documents(path, origin, limits);
                case JSON_LINES -> jsonLines(Files.newInputStream(path), origin, limits);
                case JSON -> withinLimit(path, origin, limits, bytes -> json(bytes, origin));
                case DOCUMENT -> withinLimit(path, origin, limits,
                        bytes -> Stream.of(document(bytes, origin, limits, isHtmlName(path))));
            };
        } catch (NoSuchFileException e) {
            return skipped(origin, "no such file");
        } catch (IOException e) {
            return skipped(origin, "cannot read: " + e.getMessage());
        }
    }

    /** A file read whole, when it is no larger than one document may be. */
    private static Stream<Input> withinLimit(Path path, Origin origin, Limits limits, Function<byte[], Stream<Input>> read)
            throws IOException {
        long size = Files.size(path);
        if (size > limits.maxDocumentBytes()) return skipped(origin, tooLarge(size, limits));
        return read.apply(Files.readAllBytes(path));
    }

    /**
     * The inputs of many files, one file open at a time. Not {@code flatMap}: iterating a
     * flat-mapped stream reads each inner stream whole into memory, a whole archive at once.
     */
    private static Stream<Input> concat(List<Path> files, Limits limits) {
        var all = new Iterator<Input>() {
            private final Iterator<Path> paths = files.iterator();
            private Stream<Input> current = Stream.empty();
            private Iterator<Input> items = current.iterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && paths.hasNext()) {
                    current.close();
                    current = file(paths.next(), limits);
                    items = current.iterator();
                }
                return items.hasNext();
            }

            @Override
            public Input next() {
                if (!hasNext()) throw new NoSuchElementException();
                return items.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED), false)
                .onClose(() -> all.current.close());
    }

    /** Standard input: JSON Lines when it starts with an object, else one text article. */
    private static Stream<Input> fromStream(InputStream in, Origin origin, Limits limits) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in);
            buffered.mark(64);
            int c;
            do {
                c = buffered.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            buffered.reset();
            if (c == '{') return jsonLines(buffered, origin, limits);
            byte[] bytes = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            if (bytes.length > limits.maxDocumentBytes()) return skipped(origin, tooLarge(bytes.length, limits));
            Sniff.Kind kind = Sniff.kind(bytes);
            if (kind == Sniff.Kind.WARC || kind == Sniff.Kind.FEED) {
                return skipped(origin, (kind == Sniff.Kind.WARC ? "a WARC archive" : "a feed or sitemap")
                        + " is read from a file, not from standard input: save it and give the file");
            }
            return Stream.of(document(bytes, origin, limits, false));
        } catch (IOException e) {
            return skipped(origin, "cannot read: " + e.getMessage());
        }
    }

    private static boolean isHtmlName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml");
    }

    /** A text or HTML document; files not named as HTML are sniffed for markup. */
    private static Input document(byte[] bytes, Origin origin, Limits limits, boolean html) {
        String why = html || Decoding.isGzip(bytes) ? null : Decoding.notText(bytes);
        if (why != null) return new Input.Skipped(origin, why);
        Decoding.Decoded decoded;
        try {
            decoded = Decoding.decode(bytes, null, limits.maxDocumentBytes());
        } catch (IOException e) {
            return new Input.Skipped(origin, "cannot decompress: " + e.getMessage());
        }
        if (decoded.text().isBlank()) return new Input.Skipped(origin, "empty file");
        List<Warning> warnings = decoded.note() == null ? List.of() : List.of(Warning.of("guessed-encoding", decoded.note()));
        Format format = html || Sniff.looksLikeHtml(decoded.text()) ? Format.HTML : Format.TEXT;
        return new Input.Read(new RawDocument(origin, format, decoded.text(), Hints.NONE, warnings));
    }

    private static Stream<Input> json(byte[] bytes, Origin origin) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            return skipped(origin, "not JSON: " + e.getMessage());
        }
        if (root == null) return skipped(origin, "empty file");
        if (!root.isArray()) return Stream.of(JsonLines.document(root, origin));
        Stream.Builder<Input> items = Stream.builder();
        for (int i = 0; i < root.size(); i++) items.add(JsonLines.document(root.get(i), origin.atOffset(i)));
        return items.build();
    }

    private static Stream<Input> jsonLines(InputStream in, Origin origin, Limits limits) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        Iterator<Input> lines = new JsonLines(reader, origin, limits);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static Stream<Input> skipped(Origin origin, String reason) {
        return Stream.of(new Input.Skipped(origin, reason));
    }

    private static String tooLarge(long size, Limits limits) {
        return "too large: %.1f MB, over the %.1f MB limit per document".formatted(size / 1e6, limits.maxDocumentBytes() / 1e6);
    }
}
