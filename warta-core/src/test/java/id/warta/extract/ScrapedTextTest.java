package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Warta;
import id.warta.model.Article;
import id.warta.model.Related;
import id.warta.model.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled sample articles (written for Warta in the layouts of five portals) read cleanly. */
class ScrapedTextTest {
    static Article sample(String name) throws IOException {
        return Warta.analyze(Files.readString(Path.of("..", "samples", name)));
    }

    @Test
    void kompas() throws IOException {
        Article a = sample("kompas-banjir-bekasi.txt");
        assertThat(a.title()).isEqualTo("Banjir Rendam 1.200 Rumah di Bekasi, Pemkot Siapkan Rp 7,5 Miliar untuk Tanggul");
        assertThat(a.outlet()).isEqualTo("KOMPAS.com");
        assertThat(a.site()).isEqualTo("kompas.com");
        assertThat(a.dateline().place()).isEqualTo("Bekasi");
        assertThat(a.text()).startsWith("Banjir merendam sedikitnya 1.200 rumah").endsWith("hingga lusa.")
                .doesNotContain("Baca juga", "Penulis", "Editor:", "Banjir Rendam 1.200");
        assertThat(a.related()).extracting(Related::title).containsExactly(
                "Hujan Deras, Sejumlah Ruas Jalan di Jakarta Timur Tergenang",
                "BMKG: Waspada Hujan Lebat di Jabodetabek hingga Akhir Oktober");
        assertThat(a.credits().authors()).containsExactly("Nadia Prameswari");
        assertThat(a.credits().editors()).containsExactly("Bagus Santoso");
        assertThat(a.text().split("\n\n")).hasSize(7);
    }

    @Test
    void detik() throws IOException {
        Article a = sample("detik-harga-beras.txt");
        assertThat(a.dateline().place()).isEqualTo("Jakarta");
        assertThat(a.dateline().outlet()).isNull();
        assertThat(a.text()).startsWith("Harga beras medium di Pasar Induk")
                .doesNotContain("SCROLL TO CONTINUE", "Simak Video", "Gambas");
    }

    @Test
    void antara() throws IOException {
        Article a = sample("antara-vaksin-ntt.txt");
        assertThat(a.outlet()).isEqualTo("ANTARA");
        assertThat(a.site()).isEqualTo("antaranews.com");
        assertThat(a.dateline().place()).isEqualTo("Kupang");
        assertThat(a.text()).startsWith("Kementerian Kesehatan menargetkan").endsWith("ujarnya.")
                .doesNotContain("Pewarta", "Copyright", "Baca juga");
        assertThat(a.credits().authors()).containsExactly("Fransiskus Kolo");
        assertThat(a.credits().copyrightYear()).isEqualTo(2025);
        assertThat(a.related()).extracting(Related::title).containsExactly("Dinkes NTT catat 48 kasus campak sepanjang 2025");
    }

    @Test
    void tribun() throws IOException {
        Article a = sample("tribun-sidang-korupsi.txt");
        assertThat(a.outlet()).isEqualTo("TRIBUNNEWS.COM");
        assertThat(a.dateline().place()).isEqualTo("Jakarta");
        assertThat(a.credits().authors()).containsExactly("Ilham Saputra");
        assertThat(a.text()).startsWith("Majelis hakim Pengadilan").doesNotContain("Laporan Wartawan", "Baca:");
        assertThat(a.dates()).anySatisfy(d -> assertThat(d.value()).isEqualTo(LocalDate.of(2025, 10, 16)));
    }

    @Test
    void disway() throws IOException {
        Article a = sample("disway-harga-emas.txt");
        assertThat(a.title()).isEqualTo("Naik Lagi: Harga Emas Antam Tembus Rp 2,3 Juta per Gram");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(a.captions()).singleElement().satisfies(c ->
                assertThat(c.text()).isEqualTo("Petugas menunjukkan emas batangan di butik emas Antam di Kota Surabaya"));
        assertThat(a.related()).hasSize(2);
        assertThat(a.warnings()).extracting(Warning::code).contains("empty-source-footer");
        assertThat(a.text()).startsWith("Harga emas batangan PT Aneka Tambang").doesNotContain("BACA JUGA", "Sumber:");
    }

    @Test
    void jsonLinesHintsGiveTitleUrlAndPublicationTime() {
        Article a = Warta.analyze("SEMARANG, KOMPAS.com - Gubernur meresmikan jalan tol, Rabu (22/10/2025). Tarif diumumkan besok.",
                new id.warta.model.RawDocument.Hints("Tol Baru Diresmikan", "https://regional.kompas.com/read/2025/10/22/1",
                        "2025-10-22T14:30:00+07:00", null));
        assertThat(a.title()).isEqualTo("Tol Baru Diresmikan");
        assertThat(a.site()).isEqualTo("regional.kompas.com");
        assertThat(a.published().iso()).isEqualTo("2025-10-22T14:30+07:00");
        assertThat(a.dates()).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("besok");
            assertThat(d.value()).isEqualTo(LocalDate.of(2025, 10, 23));
        });
    }

    @Test
    void aSyndicationNoticeGluedToTheLastParagraphCreditsTheOutletItFirstRanOn() {
        Article a = Warta.analyze("""
                Maskapai Baru Buka Rute Surabaya

                SURABAYA, KOMPAS.com - Maskapai Lintas Nusantara membuka rute Surabaya-Da Nang mulai Maret 2026.

                "Kami melihat permintaan wisata pantai terus naik," jelas Direktur Niaga Rina Hapsari. (Yoga Pratama, Dewi Anggraini) Artikel ini telah tayang di Tribunnews.com dengan judul Maskapai Lintas Nusantara Siap Terbang ke Vietnam
                """);
        assertThat(a.text()).endsWith("jelas Direktur Niaga Rina Hapsari.").doesNotContain("tayang", "Yoga");
        assertThat(a.credits().source()).isEqualTo("Tribunnews.com");
        assertThat(a.credits().authors()).containsExactly("Yoga Pratama", "Dewi Anggraini");
        assertThat(a.sources()).extracting(c -> c.name() + "/" + c.role())
                .containsExactly("Tribunnews.com/origin", "kompas.com/publisher");
    }

    @Test
    void theCopyrightLineLeavesTheTextButItsYearDatesTheDaysWithoutOne() {
        Article a = Warta.analyze("""
                Pelabuhan Baru Dibuka

                Ambon (ANTARA) - Pelabuhan perikanan Tulehu mulai melayani kapal pada 4 November lalu, kata Kepala Dinas Kelautan Maluku Yanti Latuconsina. Pewarta: Dodi Wattimena Editor: Sari Lestari Copyright © ANTARA 2025 Dilarang keras mengambil konten ini tanpa izin.
                """);
        assertThat(a.text()).endsWith("Yanti Latuconsina.").doesNotContain("Copyright", "2025");
        assertThat(a.credits().copyrightYear()).isEqualTo(2025);
        assertThat(a.dates()).extracting(d -> d.value()).containsExactly(LocalDate.of(2025, 11, 4));
        // a span gives its end; a year further along the line (a law's) is not the page's
        assertThat(Warta.analyze("Kapal bersandar.\n\n© 2011-2024 Warta Timur").credits().copyrightYear()).isEqualTo(2024);
        assertThat(Warta.analyze("Kapal bersandar.\n\nHak cipta dilindungi UU No. 28 Tahun 2014").credits().copyrightYear())
                .isNull();
    }

    @Test
    void aSyndicationNoticeOnItsOwnLineIsNotBodyText() {
        Article a = Warta.analyze("""
                Harga Cabai Naik Tajam

                Harga cabai rawit di Pasar Senen naik menjadi Rp 90.000 per kilogram, ujar seorang pedagang.

                Artikel ini telah tayang di Kontan.co.id degan judul "Harga Cabai Rawit Tembus Rp 90.000"
                """);
        assertThat(a.text()).isEqualTo("Harga cabai rawit di Pasar Senen naik menjadi Rp 90.000 per kilogram, ujar seorang pedagang.");
        assertThat(a.credits().source()).isEqualTo("Kontan.co.id");
    }

    @Test
    void adBreaksAndVideoTeasersLeftInsideAFlattenedParagraphLeaveTheText() {
        Article a = Warta.analyze("""
                Harga Beras Naik

                Harga beras medium naik menjadi Rp 14.500 per kilogram, kata Sumarni di Pasar Induk, Kamis (18/6/2026). SCROLL TO CONTINUE WITH CONTENT Dalam kesempatan yang sama, pedagang mengeluhkan pasokan. "Stok menipis," ujarnya. Simak juga Video 'Harga Pangan Merangkak Naik': [Gambas: Video 20detik]
                """);
        assertThat(a.text()).isEqualTo("Harga beras medium naik menjadi Rp 14.500 per kilogram, kata Sumarni di Pasar Induk, "
                + "Kamis (18/6/2026). Dalam kesempatan yang sama, pedagang mengeluhkan pasokan. \"Stok menipis,\" ujarnya.");
        assertThat(a.related()).isEmpty();
    }

    @Test
    void aFollowPromptGluedToTheLastParagraphLeavesTheText() {
        Article a = Warta.analyze("""
                Stok Pupuk Aman

                Dinas Pertanian memastikan stok pupuk aman hingga akhir musim tanam. "Petani tidak perlu khawatir," kata Sumarni.Ikuti berita menarik lainnya di Google News.
                """);
        assertThat(a.text()).endsWith("kata Sumarni.").doesNotContain("Google News", "Ikuti");
    }

    @Test
    void aWireFooterGluedToTheLastParagraphWithItsCopyrightNoticeLeavesTheText() {
        Article a = Warta.analyze("""
                Pemerintah Siapkan Revisi Aturan Pemilu

                Jakarta (ANTARA) - Pemerintah menyiapkan revisi aturan pemilu tahun depan. "Fondasinya harus kita benahi dari sekarang," imbuhnya. Pewarta: Fajar Nugroho Editor: Lestari Wulandari Copyright © ANTARA 2025 Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.
                """);
        assertThat(a.text()).endsWith("imbuhnya.").doesNotContain("Pewarta", "Copyright", "Dilarang");
        assertThat(a.credits().authors()).containsExactly("Fajar Nugroho");
        assertThat(a.credits().editors()).containsExactly("Lestari Wulandari");
    }

    @Test
    void aTextWithoutTitleLineIsAllBody() {
        Article a = Warta.analyze("Harga cabai naik tajam di Pasar Senen. Pedagang mengeluh.\nPembeli berkurang.");
        assertThat(a.title()).isNull();
        assertThat(a.text()).isEqualTo("Harga cabai naik tajam di Pasar Senen. Pedagang mengeluh.\n\nPembeli berkurang.");
    }
}
