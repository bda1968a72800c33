package id.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import id.warta.model.RawDocument.Hints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A labelled gold folder ({@code articles/*.txt} with {@code .meta.json}, {@code labels/*.json}),
 * read exactly as {@code score_gold.py prepare} reads it: the headline is what comes before the
 * first blank line, the body what follows, both stripped; {@code published} is given when its
 * form is one the script knows, as {@code YYYY-MM-DDTHH:MM:00+07:00}.
 */
public final class GoldSet {
    /** One article: its id ({@code d07}), the document to analyse, and its labels. */
    public record Article(String id, RawDocument raw, JsonNode labels) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("M/d/uuuu H:mm");
    private static final List<DateTimeFormatter> DATE_ONLY = List.of(DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu-M-d"));
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm':00+07:00'");

    private GoldSet() {
    }

    /** The articles of {@code dir}, in file-name order (the order the script scores outputs in). */
    public static List<Article> read(Path dir) {
        Path articles = dir.resolve("articles");
        if (!Files.isDirectory(articles)) throw new IllegalArgumentException("no articles/ folder in " + dir);
        try (Stream<Path> files = Files.list(articles)) {
            List<Article> out = new ArrayList<>();
            for (Path txt : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                out.add(article(dir, txt));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article article(Path dir, Path txt) throws IOException {
        String name = txt.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        String content = Files.readString(txt).replace("\r\n", "\n");
        int cut = content.indexOf("\n\n");
        String title = pythonStrip(cut < 0 ? content : content.substring(0, cut));
        String body = pythonStrip(cut < 0 ? "" : content.substring(cut + 2));
        JsonNode meta = JSON.readTree(txt.resolveSibling(id + ".meta.json").toFile());
        Hints hints = new Hints(title, text(meta, "url"), published(text(meta, "published")), null);
        JsonNode labels = JSON.readTree(dir.resolve("labels").resolve(id + ".json").toFile());
        return new Article(id, new RawDocument(Origin.file(txt.toString()), Format.TEXT, body, hints), labels);
    }

    /** {@code 7/25/2025 17:01} → {@code 2025-07-25T17:01:00+07:00}, as the script's {@code parse_published}. */
    static String published(String s) {
        if (s == null) return null;
        String t = pythonStrip(s);
        try {
            return ISO.format(LocalDateTime.parse(t, WITH_TIME));
        } catch (DateTimeParseException e) {
            // a date alone, perhaps
        }
        for (DateTimeFormatter f : DATE_ONLY) {
            try {
                return ISO.format(LocalDate.parse(t, f).atStartOfDay());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** Python's {@code str.strip()}: no-break spaces are whitespace too. */
    static String pythonStrip(String s) {
        int a = 0, b = s.length();
        while (a < b && isPythonSpace(s.charAt(a))) a++;
        while (b > a && isPythonSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
