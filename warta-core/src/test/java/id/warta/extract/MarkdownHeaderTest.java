package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Warta;
import id.warta.model.Article;
import org.junit.jupiter.api.Test;

/** The metadata a page saved as Markdown opens with is no body text; invented pages. */
class MarkdownHeaderTest {
    @Test
    void aFieldTableAndTheStandfirstItRepeatsLeaveTheBody() {
        String page = """
                # Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai

                Warga Desa Sukamaju membersihkan sungai yang penuh sampah.

                | Field       | Value                                   |
                |-------------|-----------------------------------------|
                | title       | Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai |
                | description | Warga Desa Sukamaju membersihkan sungai yang penuh sampah. |
                | urlshort    | http://example.org/abc |
                | author      | Rina Lestari |
                | editor      | Bagus Santoso |

                GARUT, KOMPAS.com - Ratusan warga Desa Sukamaju bergotong royong membersihkan sungai, Minggu (5/1/2025).

                "Sampah ini kiriman dari hulu," kata Kepala Desa Sukamaju, Ahmad Fauzi.
                """;
        Article a = Warta.analyze(page);
        assertThat(a.title()).isEqualTo("Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai");
        assertThat(a.text()).startsWith("Ratusan warga").doesNotContain("| title", "description", "membersihkan sungai yang penuh");
        assertThat(a.credits().authors()).containsExactly("Rina Lestari");
        assertThat(a.credits().editors()).containsExactly("Bagus Santoso");
        assertThat(a.quotes()).hasSize(1);
    }

    @Test
    void aBoldDatelineAfterAPhotoAndABylineIsCut() {
        String page = """
                # Petani Garut Panen Cabai Lebih Awal

                | Field       | Value                                   |
                |-------------|-----------------------------------------|
                | title       | Petani Garut Panen Cabai Lebih Awal |
                | author      | Rina Lestari |

                ![Petani memetik cabai di Garut, Senin (6/1/2025).](https://example.org/foto/cabai.jpg)

                **Penulis: Rina Lestari/Kantor Berita Contoh**

                **GARUT, KOMPAS.com** -- Petani cabai di Garut memanen lebih awal karena hujan.
                """;
        Article a = Warta.analyze(page);
        assertThat(a.dateline().place()).isEqualTo("Garut");
        assertThat(a.dateline().outlet()).isEqualTo("KOMPAS.com");
        assertThat(a.text()).isEqualTo("Petani cabai di Garut memanen lebih awal karena hujan."); // photo: a caption
        assertThat(a.captions()).extracting(c -> c.text()).containsExactly("Petani memetik cabai di Garut, Senin (6/1/2025).");
    }

    @Test
    void aFrontMatterLeavesTheBody() {
        String page = """
                ---
                title: "Harga Cabai di Pasar Induk Naik Dua Kali Lipat"
                description: "Pedagang menyebut pasokan dari petani berkurang."
                author: "Dewi Anggraini"
                editor: "Yoga Pratama"
                ---

                ---

                **BANDUNG, KOMPAS.com** - Harga cabai rawit di pasar induk naik dua kali lipat dalam sepekan.

                "Pasokan dari petani berkurang karena hujan," kata seorang pedagang, Sutrisno.
                """;
        Article a = Warta.analyze(page);
        assertThat(a.title()).isEqualTo("Harga Cabai di Pasar Induk Naik Dua Kali Lipat");
        assertThat(a.text()).doesNotContain("title:", "description:", "Pedagang menyebut");
        assertThat(a.credits().editors()).containsExactly("Yoga Pratama");
    }

    @Test
    void aTableInsideTheArticleStays() {
        String page = """
                Daftar Harga Bahan Pokok Pekan Ini

                Berikut daftar harga bahan pokok di Pasar Kota pada pekan ini menurut dinas perdagangan setempat.

                Harga beras dan gula tetap, sedangkan harga cabai naik.

                | Barang | Harga |
                |--------|-------|
                | Beras  | Rp 12.000 |
                """;
        Article a = Warta.analyze(page);
        assertThat(a.text()).contains("Berikut daftar harga");
    }
}
