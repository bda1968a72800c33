package id.warta.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.eval.SharedData;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import id.warta.model.RawDocument.Hints;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The public Indonesian news in {@code shared/data/news} (CSV and JSON files of several
 * portals) as raw documents with their titles, URLs and dates. Read at benchmark time only;
 * never copied into the repository.
 */
final class NewsCorpus {
    private static final List<String> TITLE = List.of("judul", "title");
    private static final List<String> TEXT = List.of("isi", "konten_berita", "content", "text");
    private static final List<String> URL = List.of("url", "link");
    private static final List<String> DATE = List.of("tanggal", "tgl_publikasi", "date");
    /** Rows shorter than this are not articles (labels, broken rows). */
    private static final int MIN_TEXT_CHARS = 200;

    private NewsCorpus() {
    }

    static List<RawDocument> load() throws IOException {
        Path news = SharedData.resolve("data/news")
                .orElseThrow(() -> new IllegalStateException("shared/data/news not found: run from the checkout, or set WARTA_SHARED"));
        List<RawDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(news)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".csv")) docs.addAll(csv(f));
                else if (name.equals("news.json")) docs.addAll(json(f));
            }
        }
        return docs;
    }

    private static List<RawDocument> csv(Path file) throws IOException {
        List<List<String>> rows;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = Csv.read(in);
        } catch (UncheckedIOException | java.nio.charset.MalformedInputException e) {
            return List.of();
        }
        if (rows.isEmpty()) return List.of();
        List<String> header = rows.getFirst().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
        int title = column(header, TITLE), text = column(header, TEXT), url = column(header, URL), date = column(header, DATE);
        if (text < 0) return List.of();
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != header.size() || row.get(text).length() < MIN_TEXT_CHARS) continue;
            docs.add(new RawDocument(Origin.file(file.toString()).atLine(i + 1L), Format.TEXT, row.get(text),
                    new Hints(cell(row, title), cell(row, url), cell(row, date), null)));
        }
        return docs;
    }

    private static List<RawDocument> json(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            String text = n.path("content").asText("");
            if (text.length() < MIN_TEXT_CHARS) continue;
            docs.add(new RawDocument(Origin.file(file.toString()).atOffset(i), Format.TEXT, text,
                    new Hints(n.path("title").asText(null), null, null, null)));
        }
        return docs;
    }

    private static int column(List<String> header, List<String> names) {
        for (String n : names) if (header.contains(n)) return header.indexOf(n);
        return -1;
    }

    private static String cell(List<String> row, int column) {
        if (column < 0) return null;
        String v = row.get(column).strip();
        return v.isEmpty() ? null : v;
    }
}
