package id.warta.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Warta;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never stops a batch: each problem is reported with its file (and line), the rest is read. */
class InputsTest {
    @TempDir
    Path dir;

    List<Input> read(String arg, Limits limits) {
        try (Stream<Input> s = Inputs.open(arg, limits)) {
            return s.toList();
        }
    }

    @Test
    void anEmptyFileIsSkippedWithItsName() throws IOException {
        Path f = Files.writeString(dir.resolve("kosong.txt"), "  \n\n ");
        assertThat(read(f.toString(), Limits.DEFAULT)).singleElement()
                .isEqualTo(new Input.Skipped(id.warta.model.Origin.file(f.toString()), "empty file"));
    }

    @Test
    void aBinaryFileIsSkipped() throws IOException {
        Path f = Files.write(dir.resolve("foto.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 16, 74, 70, 73, 70, 0});
        assertThat(read(f.toString(), Limits.DEFAULT)).singleElement()
                .isInstanceOfSatisfying(Input.Skipped.class, s -> assertThat(s.reason()).contains("binary"));
    }

    @Test
    void aWindows1252FileIsReadAndSaysSo() throws IOException {
        Path f = Files.write(dir.resolve("lama.txt"), "Judul\n\nKafé di Bandung menjual kopi seharga Rp 25.000 – murah."
                .getBytes(Charset.forName("windows-1252")));
        Input in = read(f.toString(), Limits.DEFAULT).getFirst();
        assertThat(in).isInstanceOfSatisfying(Input.Read.class, r -> {
            assertThat(r.document().content()).contains("Kafé", "–");
            assertThat(r.document().warnings()).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo("guessed-encoding"));
        });
    }

    @Test
    void aFileOverTheLimitIsSkippedNotRead() throws IOException {
        Path f = Files.writeString(dir.resolve("besar.txt"), "kata ".repeat(300_000));
        assertThat(read(f.toString(), new Limits(1 << 20))).singleElement()
                .isInstanceOfSatisfying(Input.Skipped.class, s -> assertThat(s.reason()).startsWith("too large"));
    }

    @Test
    void aBrokenJsonLineIsSkippedWithItsLineAndTheRestIsRead() throws IOException {
        Path f = Files.writeString(dir.resolve("berita.jsonl"), """
                {"title": "Satu", "text": "Isi berita pertama."}
                {"title": "Dua", "text": "Isi berita kedua tanpa kurung tutup."
                                
                {"title": "Tiga", "published": "2025-10-22", "url": "https://example.id/3", "text": "Isi ketiga."}
                {"title": "Empat"}
                """, StandardCharsets.UTF_8);
        List<Input> items = read(f.toString(), Limits.DEFAULT);
        assertThat(items).hasSize(4);
        assertThat(items.get(0)).isInstanceOf(Input.Read.class);
        assertThat(items.get(1)).isInstanceOfSatisfying(Input.Skipped.class, s -> {
            assertThat(s.origin().line()).isEqualTo(2);
            assertThat(s.reason()).startsWith("not JSON");
        });
        assertThat(items.get(2)).isInstanceOfSatisfying(Input.Read.class, r -> {
            RawDocument d = r.document();
            assertThat(d.origin().line()).isEqualTo(4);
            assertThat(d.hints().published()).isEqualTo("2025-10-22");
            assertThat(d.hints().url()).isEqualTo("https://example.id/3");
        });
        assertThat(items.get(3)).isInstanceOfSatisfying(Input.Skipped.class,
                s -> assertThat(s.reason()).contains("\"text\""));
    }

    @Test
    void aJsonLineOverTheLimitIsSkippedAndTheNextLineIsRead() throws IOException {
        String longLine = "{\"text\": \"" + "Harga cabai naik lagi. ".repeat(100_000) + "\"}";
        Path f = Files.writeString(dir.resolve("panjang.jsonl"), longLine + "\n{\"text\": \"Isi berita pendek.\"}\n");
        List<Input> items = read(f.toString(), new Limits(1 << 20));
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOfSatisfying(Input.Skipped.class, s -> {
            assertThat(s.origin().line()).isEqualTo(1);
            assertThat(s.reason()).startsWith("line longer than");
        });
        assertThat(items.get(1)).isInstanceOfSatisfying(Input.Read.class, r -> {
            assertThat(r.document().origin().line()).isEqualTo(2);
            assertThat(r.document().content()).isEqualTo("Isi berita pendek.");
        });
    }

    @Test
    void anAnalysedArticleLineIsReadAsItIsNotAsTextToAnalyse() throws IOException {
        Article analysed = Warta.analyze("""
                BEKASI, KOMPAS.com - Banjir merendam 1.200 rumah di Kecamatan Bekasi Timur, Senin (3/11/2025).
                "Air mulai naik sejak pukul 02.00 WIB," kata Lurah Margahayu, Siti Rahmawati, kepada wartawan.
                """);
        String line = ArticleJson.mapper().writeValueAsString(analysed);
        ObjectNode reordered = ArticleJson.mapper().valueToTree(analysed);
        reordered.set("source", reordered.remove("source")); // written by another tool: the source last
        Path f = Files.writeString(dir.resolve("hasil.jsonl"), line + "\n"
                + "{\"text\": \"Isi berita.\", \"entities\": [], \"quotes\": []}\n"
                + reordered + "\n", StandardCharsets.UTF_8);
        List<Input> items = read(f.toString(), Limits.DEFAULT);
        assertThat(items.get(0)).isInstanceOfSatisfying(Input.Analysed.class, a -> {
            assertThat(a.origin().line()).isEqualTo(1);
            assertThat(a.article().entities()).isNotEmpty();
            assertThat(a.article().quotes()).isNotEmpty();
        });
        assertThat(ArticleJson.mapper().writeValueAsString(((Input.Analysed) items.get(0)).article())).isEqualTo(line);
        assertThat(ArticleJson.mapper().writeValueAsString(((Input.Analysed) items.get(2)).article())).isEqualTo(line);
        // Warta's output shape, but not all of it: refused with the reason, not read as a text
        assertThat(items.get(1)).isInstanceOfSatisfying(Input.Skipped.class, s -> {
            assertThat(s.origin().line()).isEqualTo(2);
            assertThat(s.reason()).startsWith("not a readable analysed article");
        });
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        assertThat(read(dir.resolve("tidak-ada.txt").toString(), Limits.DEFAULT)).singleElement()
                .isInstanceOfSatisfying(Input.Skipped.class, s -> assertThat(s.reason()).isEqualTo("no such file"));
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "Dua.");
        Files.writeString(dir.resolve("a.txt"), "Satu.");
        Files.writeString(dir.resolve("c.txt"), "Tiga.");
        assertThat(read(dir.toString(), Limits.DEFAULT)).extracting(i -> Path.of(i.origin().path()).getFileName().toString())
                .containsExactly("a.txt", "2.txt", "c.txt");
    }

    @Test
    void aPageIsRecognisedAsHtmlByItsMarkup() throws IOException {
        Path f = Files.writeString(dir.resolve("halaman.txt"), "<!DOCTYPE html><html><body><p>Isi</p></body></html>");
        assertThat(read(f.toString(), Limits.DEFAULT)).singleElement().isInstanceOfSatisfying(Input.Read.class,
                r -> assertThat(r.document().format()).isEqualTo(RawDocument.Format.HTML));
    }
}
