package id.warta.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.RawDocument.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDispatchTest {
    @TempDir
    Path dir;

    @Test
    void dispatchesEachFileOfAFolderByItsContentInNameOrder() throws IOException {
        Files.writeString(dir.resolve("1-berita.txt"), "Banjir Losari\n\nWarga Desa Ambulu mengungsi ke balai desa.\n");
        Files.writeString(dir.resolve("2-halaman.xhtml.txt"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Tarif tol naik.</p></body></html>
                """);
        Files.writeString(dir.resolve("3-sitemap"), """
                <?xml version="1.0"?>
                <!-- dibuat otomatis -->
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://contoh.id/a</loc></url></urlset>
                """);
        new WarcArchive(true).page("https://contoh.id/b", WarcArchive.article("Tarif Tol Palikanci Naik", "Tarif naik Senin."))
                .save(dir, "4-arsip.dat");
        Files.writeString(dir.resolve("5-baris.jsonl"), "{\"text\": \"Harga cabai naik.\", \"title\": \"Cabai\"}\n");

        List<Input> inputs;
        try (Stream<Input> s = Inputs.open(dir.toString(), Limits.DEFAULT)) {
            inputs = s.toList();
        }

        assertThat(inputs).extracting(i -> Path.of(i.origin().path()).getFileName().toString())
                .containsExactly("1-berita.txt", "2-halaman.xhtml.txt", "3-sitemap", "4-arsip.dat", "4-arsip.dat", "5-baris.jsonl");
        assertThat(((Input.Read) inputs.get(0)).document().format()).isEqualTo(Format.TEXT);
        assertThat(((Input.Read) inputs.get(1)).document().format()).isEqualTo(Format.HTML);
        assertThat(inputs.get(2)).isInstanceOfSatisfying(Input.Skipped.class, s -> assertThat(s.reason()).startsWith("a sitemap: 1 entry"));
        assertThat(((Input.Read) inputs.get(3)).document().hints().url()).isEqualTo("https://contoh.id/b");
        assertThat(inputs.get(4)).isInstanceOf(Input.Summary.class);
        assertThat(((Input.Read) inputs.get(5)).document().hints().title()).isEqualTo("Cabai");
    }

    @Test
    void saysThatAnArchiveOnStandardInputMustBeGivenAsAFile() {
        byte[] warc = new WarcArchive(true).page("https://contoh.id/b", WarcArchive.article("Tarif Tol Naik", "Tarif naik.")).bytes();
        InputStream stdin = System.in;
        List<Input> inputs;
        System.setIn(new ByteArrayInputStream(warc));
        try (Stream<Input> s = Inputs.open("-", Limits.DEFAULT)) {
            inputs = s.toList();
        } finally {
            System.setIn(stdin);
        }

        assertThat(inputs).singleElement().isInstanceOfSatisfying(Input.Skipped.class, s -> assertThat(s.reason())
                .isEqualTo("a WARC archive is read from a file, not from standard input: save it and give the file"));
    }

    @Test
    void sendsAnyOtherXmlToTheFeedReaderWhichNamesIt() throws IOException {
        Path file = Files.write(dir.resolve("data.xml"), "\uFEFF<?xml version=\"1.0\"?><anggaran><pos>Rp 2 miliar</pos></anggaran>"
                .getBytes(StandardCharsets.UTF_8));

        List<Input> inputs;
        try (Stream<Input> s = Inputs.open(file.toString(), Limits.DEFAULT)) {
            inputs = s.toList();
        }

        assertThat(inputs).singleElement().isInstanceOfSatisfying(Input.Skipped.class,
                s -> assertThat(s.reason()).isEqualTo("not a feed or sitemap: its root element is <anggaran>"));
    }
}
