package id.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code url}, {@code published}, {@code outlet}. Streams, so files of any length pass in
 * constant memory; a broken or oversized line is skipped with its line number.
 */
final class JsonLines implements Iterator<Input> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Reader reader;
    private final Origin file;
    private final Limits limits;
    private final StringBuilder line = new StringBuilder();
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
            int c;
            while ((c = reader.read()) != -1 && c != '\n') {
                if (line.length() < limits.maxDocumentBytes()) line.append((char) c);
                else tooLong = true;
            }
            if (c == -1) eof = true;
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
        Hints hints = new Hints(string(node, "title"), string(node, "url"), string(node, "published"),
                string(node, "outlet"));
        List<Warning> warnings = text.asText().indexOf('\uFFFD') >= 0
                ? List.of(Warning.of("invalid-encoding", "invalid UTF-8 bytes were replaced")) : List.of();
        return new Input.Read(new RawDocument(origin, Format.TEXT, text.asText(), hints, warnings));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
