package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.extract.Extractor;
import id.warta.ingest.Decoding;
import id.warta.model.Caption;
import id.warta.model.Document;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.Related;
import id.warta.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Web pages in the layouts of Indonesian portals (fixtures in {@code id/warta/eval/portals}, invented content). */
class PortalPagesTest {
    static Document page(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(PortalPagesTest.class.getResourceAsStream("/id/warta/eval/portals/" + name), name)) {
            String html = Decoding.decode(in.readAllBytes(), null, 1 << 24).text();
            return Extractor.extract(new RawDocument(Origin.file(name), RawDocument.Format.HTML, html, RawDocument.Hints.NONE));
        }
    }

    @Test
    void detikKeepsTheBodyAndSendsReadAlsoAndScrollNoticeOut() throws IOException {
        Document d = page("detik-harga-beras.html");
        assertThat(d.title()).isEqualTo("Harga Beras Medium di Pasar Induk Naik Rp 800 per Kilogram");
        assertThat(d.published()).hasToString("2026-05-26T09:07+07:00");
        assertThat(d.modified()).hasToString("2026-05-26T10:15+07:00");
        assertThat(d.language()).isEqualTo("id");
        assertThat(d.site()).isEqualTo("news.detik.com");
        assertThat(d.dateline().place()).isEqualTo("Jakarta");
        assertThat(d.text()).startsWith("Harga beras medium di Pasar Induk Beras Cipinang")
                .endsWith("ujar Wulan.")
                .doesNotContainIgnoringCase("baca juga")
                .doesNotContain("SCROLL TO CONTINUE", "Terpopuler", "harga beras\n", "Komentar", "cookie", "Bagikan");
        assertThat(d.text().split("\n\n")).hasSize(5);
        assertThat(d.related()).containsExactly(new Related("Stok Beras Bulog Dipastikan Aman hingga Akhir Tahun",
                "https://news.detik.com/berita/d-7011111/stok-beras-bulog-dipastikan-aman-hingga-akhir-tahun"));
        assertThat(d.captions()).containsExactly(new Caption(
                "Pedagang menata karung beras di Pasar Induk Beras Cipinang, Jakarta Timur.", "Rahmat Hidayanto/detikcom"));
        assertThat(d.image().url()).endsWith("pasar-induk-beras.jpeg");
        assertThat(d.image().caption()).startsWith("Pedagang menata karung beras");
        assertThat(d.credits().authors()).containsExactly("Rahmat Hidayanto");
        assertThat(d.pages()).containsExactly(
                "https://news.detik.com/berita/d-7012345/harga-beras-medium-di-pasar-induk-naik-rp-800-per-kilogram/2");
    }

    @Test
    void pagesGivenTogetherAreMergedIntoOneArticle() throws IOException {
        List<Document> merged = Extractor.mergePages(List.of(page("kompas-banjir-bekasi.html"), page("kompas-banjir-bekasi-2.html")));
        assertThat(merged).hasSize(1);
        Document d = merged.getFirst();
        assertThat(d.text()).contains("status Siaga 1.\n\nRina mengatakan pihaknya telah membuka posko")
                .endsWith("masih turun pada malam hari.");
        assertThat(d.pages()).isEmpty();
        assertThat(d.related()).extracting(Related::title).containsExactly(
                "BMKG Prediksi Hujan Lebat di Jabodetabek hingga Akhir Pekan", "Tanggul Kali Bekasi Jebol di Dua Titik");
        assertThat(d.dateline().outlet()).isEqualTo("KOMPAS.com");
        assertThat(d.captions().getFirst().credit()).isEqualTo("KOMPAS.com/DINDA LARASATI");
    }

    @Test
    void pagesGivenInReverseOrderAreMergedInPageOrder() throws IOException {
        List<Document> merged = Extractor.mergePages(List.of(page("kompas-banjir-bekasi-2.html"), page("kompas-banjir-bekasi.html")));
        assertThat(merged).hasSize(1);
        assertThat(merged.getFirst().text()).startsWith("Banjir setinggi 80 sentimeter").endsWith("masih turun pada malam hari.");
    }

    @Test
    void pagesOfDifferentArticlesStayApart() throws IOException {
        assertThat(Extractor.mergePages(List.of(page("detik-harga-beras.html"), page("kompas-banjir-bekasi-2.html")))).hasSize(2);
    }

    @Test
    void antaraRegionalTimeIsInCentralIndonesianTimeAndTheFooterBecomesCredits() throws IOException {
        Document d = page("antara-vaksin-makassar.html");
        assertThat(d.published()).hasToString("2026-05-27T10:12+08:00");
        assertThat(d.dateline().outlet()).isEqualTo("ANTARA");
        assertThat(d.credits().authors()).containsExactly("Suryani Hamzah");
        assertThat(d.credits().editors()).containsExactly("Budi Santoso");
        assertThat(d.text()).doesNotContain("Pewarta", "Copyright", "Baca juga", "Berita Terkait", "Pelabuhan");
        assertThat(d.related()).hasSize(2);
        assertThat(d.captions().getFirst().credit()).isEqualTo("ANTARA FOTO/Andi Rahmat");
    }

    @Test
    void liputanReadAlsoBoxLeavesTheBodyWithItsLinks() throws IOException {
        Document d = page("liputan6-tarif-ojol.html");
        assertThat(d.related()).extracting(Related::url).containsExactly(
                "https://www.liputan6.com/bisnis/read/5980001/pengemudi-ojol-demo-di-patung-kuda",
                "https://www.liputan6.com/bisnis/read/5980002/aplikator-minta-potongan-komisi-tetap-20-persen");
        assertThat(d.text()).doesNotContain("Baca Juga", "Demo di Patung Kuda", "Tag Terkait")
                .contains("\n\nPengemudi Minta Komisi Dipangkas\n\n");
        assertThat(d.modified()).hasToString("2026-05-28T08:10+07:00");
    }

    @Test
    void tribunDropsTheRepublishedNoticeAndComments() throws IOException {
        Document d = page("tribun-sidang-korupsi.html");
        assertThat(d.text()).doesNotContain("Artikel ini telah tayang", "KOMENTAR", "Tangkap semua", "#Korupsi")
                .endsWith("saksi ahli dari Badan Pemeriksa Keuangan.");
        assertThat(d.credits().authors()).containsExactly("Galih Prasetyo");
        assertThat(d.outlet()).isEqualTo("TRIBUNNEWS.COM");
        assertThat(d.pages()).hasSize(1);
    }

    @Test
    void diswayDatelineReadAlsoAndEmptySourceAcrossPages() throws IOException {
        Document d = Extractor.mergePages(List.of(page("disway-harga-emas.html"), page("disway-harga-emas-2.html"))).getFirst();
        assertThat(d.dateline().place()).isEqualTo("Probolinggo");
        assertThat(d.published()).hasToString("2024-12-07T10:15+07:00");
        assertThat(d.title()).isEqualTo("Melonjak Lagi: Harga Emas Perhiasan di Probolinggo Tembus Rp 1,4 Juta per Gram");
        assertThat(d.text()).startsWith("Harga emas perhiasan di Kota Probolinggo kembali naik.")
                .doesNotContainIgnoringCase("baca juga").doesNotContain("Sumber");
        assertThat(d.related()).extracting(Related::title).containsExactly(
                "Harga Cabai Rawit Turun Drastis :Petani Mengeluh Rugi",
                "Pasar Baru Direnovasi Tahun Depan, Pedagang Direlokasi", "UMKM Probolinggo Dapat Kredit Murah");
        assertThat(d.credits().source()).isEmpty();
        assertThat(d.warnings()).extracting(Warning::code).contains("empty-source-footer");
        assertThat(d.captions().getFirst()).isEqualTo(new Caption("Pedagang Menunjukkan Perhiasan Emas Di Pasar Baru Probolinggo", "Hendra/Disway"));
    }
}
