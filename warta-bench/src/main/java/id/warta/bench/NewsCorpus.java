package id.warta.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.eval.SharedData;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import id.warta.model.RawDocument.Hints;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Indonesian news text corpora of {@code shared/data/news/} (about 6,700 articles from
 * nine scrapes in five layouts), read into raw documents for benchmarks. Read-only: the
 * texts are never copied anywhere.
 */
public final class NewsCorpus {
    private NewsCorpus() {
    }

    /** Every article of every corpus, in a stable order; empty when the shared data is absent. */
    public static List<RawDocument> load() {
        Path news = SharedData.resolve("data/news").orElse(null);
        if (news == null) return List.of();
        List<RawDocument> docs = new ArrayList<>();
        try {
            kompasMarkdown(news.resolve("kompas_2025_md_naandalist/archive"), docs);
            csv(news.resolve("detik_rag_kamigon/data/splits/train.csv"), ',', "judul", "isi", "url", "tanggal", docs);
            csv(news.resolve("detik_rag_kamigon/data/splits/val.csv"), ',', "judul", "isi", "url", "tanggal", docs);
            csv(news.resolve("detik_rag_kamigon/data/splits/test.csv"), ',', "judul", "isi", "url", "tanggal", docs);
            tribunJson(news.resolve("tribunnews_harisatul/news.json"), docs);
            csv(news.resolve("indonesian_news_corpus_2015_guavapopper/hasil_scraping_berita.csv"), ',', "judul", "isi",
                    "link", "tanggal", docs);
            csv(news.resolve("detik_2026_arielpradhana/berita.csv"), ',', "judul", "konten_berita", "link",
                    "tgl_publikasi", docs);
            csv(news.resolve("detik_2023_pemilu_fazamina/berita.csv"), ',', null, "text", null, null, docs);
            csv(news.resolve("kompas_bisnis_kontan_svmihar/ALL.csv"), ',', "title", "content", "url", "date", docs);
            csv(news.resolve("antara_2025_wahyualvyy/dataset_berita.csv"), ',', "judul", "isi", null, null, docs);
            csv(news.resolve("hoax_valid_pratiwi_vanny/berita_HOAX_indonesia.csv"), ';', null, "berita", null, null, docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static void kompasMarkdown(Path dir, List<RawDocument> docs) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                docs.add(new RawDocument(Origin.file(f.toString()), Format.TEXT, Files.readString(f), Hints.NONE));
            }
        }
    }

    private static void csv(Path file, char delimiter, String title, String text, String url, String published,
                            List<RawDocument> docs) throws IOException {
        if (!Files.exists(file)) return;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get();
        try (Reader in = Files.newBufferedReader(file)) {
            // Some of these files start with a byte-order mark, which would stick to the first column's name.
            in.mark(1);
            if (in.read() != '\uFEFF') in.reset();
            for (CSVRecord row : format.parse(in)) {
                String body = field(row, text);
                if (body == null || body.isBlank()) continue;
                Hints hints = new Hints(field(row, title), field(row, url), field(row, published), null);
                docs.add(new RawDocument(Origin.file(file.toString()).atLine(row.getRecordNumber() + 1), Format.TEXT,
                        body, hints));
            }
        } catch (UncheckedIOException e) {
            // A scrape with an unbalanced quote near its end: keep the rows read before it.
            System.err.println("news corpus: " + file.getFileName() + " read partially: " + e.getCause().getMessage());
        }
    }

    private static void tribunJson(Path file, List<RawDocument> docs) throws IOException {
        if (!Files.exists(file)) return;
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            Hints hints = new Hints(n.path("title").asText(null), null, null, null);
            docs.add(new RawDocument(Origin.file(file.toString()).atOffset(i), Format.TEXT, n.path("content").asText(""),
                    hints));
        }
    }

    private static String field(CSVRecord row, String name) {
        return name != null && row.isMapped(name) && row.isSet(name) ? row.get(name) : null;
    }

    /**
     * An even sample of {@link #load} (every n-th article of all nine scrapes) of about {@code wantedChars} characters;
     * the project's {@code samples/} when the shared data is absent.
     */
    static List<String> sample(long wantedChars) {
        List<RawDocument> corpus = load();
        long total = corpus.stream().mapToLong(doc -> doc.content().length()).sum();
        int step = (int) Math.max(1, total / wantedChars);
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < corpus.size() && chars < wantedChars; i += step) {
            String text = corpus.get(i).content();
            texts.add(text);
            chars += text.length();
        }
        if (!texts.isEmpty()) return texts;
        System.out.println("[news] shared/data/news absent: measuring on samples/ instead");
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texts.isEmpty()) throw new IllegalStateException("no news text: neither shared/data/news nor samples/");
        return texts;
    }
}
