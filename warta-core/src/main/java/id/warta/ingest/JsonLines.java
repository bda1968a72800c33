package id.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import id.warta.model.RawDocument.Hints;
import id.warta.model.Warning;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines: one object per line with {@code text} and optionally {@code title},
 * {@code url}, {@code published}, {@code outlet}; or an analysed article as {@code warta analyze
 * -f jsonl} writes it, told by its {@code entities} and {@code quotes} arrays. Streams, so files
 * of any length pass in constant memory; a broken or oversized line is skipped with its line number.
 */
final class JsonLines implements Iterator<Input> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How {@code warta analyze -f jsonl} starts each line: the article's source comes first. */
    private static final String ANALYSED_START = "{\"source\":";

    private final Reader reader;
    private final Origin file;
    private final Limits limits;
    private final StringBuilder line = new StringBuilder();
    /** Read in blocks, not a character a call: a reader's single-character read takes a lock each time. */
    private final char[] buffer = new char[1 << 14];
    private int at, filled;
    private long lineNumber;
    private Input next;
    private boolean eof;

    JsonLines(Reader reader, Origin file, Limits limits) {
        this.reader = reader;
        this.file = file;
        this.limits = limits;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) next = readOne();
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) throw new NoSuchElementException();
        Input n = next;
        next = null;
        return n;
    }

    /** Reads one line; null for a blank line or the end. */
    private Input readOne() {
        line.setLength(0);
        boolean tooLong = false;
        try {
            while (true) {
                if (at == filled) {
                    filled = reader.read(buffer, 0, buffer.length);
                    at = 0;
                    if (filled < 0) {
                        filled = 0;
                        eof = true;
                        break;
                    }
                }
                int start = at;
                while (at < filled && buffer[at] != '\n') at++;
                // a line of any length passes in constant memory: what is over the limit is counted, not kept
                int kept = (int) Math.min(at - start, Math.max(0, limits.maxDocumentBytes() - line.length()));
                line.append(buffer, start, kept);
                if (kept < at - start) tooLong = true;
                if (at < filled) {
                    at++; // the newline
                    break;
                }
            }
        } catch (IOException e) {
            eof = true;
            throw new UncheckedIOException("reading " + file.path() + " at line " + (lineNumber + 1), e);
        }
        lineNumber++;
        Origin origin = file.atLine(lineNumber);
        if (tooLong) return new Input.Skipped(origin, "line longer than " + limits.maxDocumentBytes() + " characters");
        String s = line.toString().strip();
        if (s.isEmpty()) return null;
        return parse(s, origin);
    }

    static Input parse(String json, Origin origin) {
        if (json.startsWith(ANALYSED_START)) {
            Article article = articleOrNull(json);
            if (article != null) return new Input.Analysed(origin, article);
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new Input.Skipped(origin, "not JSON: " + e.getOriginalMessage());
        }
        return document(node, origin);
    }

    static Input document(JsonNode node, Origin origin) {
        if (node == null || !node.isObject()) return new Input.Skipped(origin, "not a JSON object");
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) return new Input.Skipped(origin, "no \"text\" string field");
        if (text.asText().isBlank()) return new Input.Skipped(origin, "empty \"text\"");
        if (isAnalysed(node)) return analysed(node, origin);
        Hints hints = new Hints(string(node, "title"), string(node, "url"), string(node, "published"),
                string(node, "outlet"));
        List<Warning> warnings = text.asText().indexOf('\uFFFD') >= 0
                ? List.of(Warning.of("invalid-encoding", "invalid UTF-8 bytes were replaced")) : List.of();
        return new Input.Read(new RawDocument(origin, Format.TEXT, text.asText(), hints, warnings));
    }

    /**
     * Warta's own output read straight into an article, without a tree between: the common case
     * of analysed input, twice as fast. Null when it is not one (missing parts, other fields, no
     * text): the tree then tells what the record is and why it is refused.
     */
    private static Article articleOrNull(String json) {
        try {
            Article a = ArticleJson.mapper().readValue(json, Article.class);
            return a.text() == null || a.text().isBlank() ? null : a;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** Whether a record is Warta's own output: an article with its facts, not a text to analyse. */
    private static boolean isAnalysed(JsonNode node) {
        return node.path("entities").isArray() && node.path("quotes").isArray();
    }

    private static Input analysed(JsonNode node, Origin origin) {
        try {
            return new Input.Analysed(origin, ArticleJson.mapper().treeToValue(node, Article.class));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            // a field missing or of the wrong shape: the record constructors refuse it
            return new Input.Skipped(origin, "not a readable analysed article: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "malformed";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
