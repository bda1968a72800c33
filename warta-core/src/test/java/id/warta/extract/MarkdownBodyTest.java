package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Warta;
import id.warta.model.Article;
import id.warta.model.Caption;
import org.junit.jupiter.api.Test;

/** A Markdown page's body is read as the text it shows; invented pages. */
class MarkdownBodyTest {
    private static final String HEADER = """
            # Petani Garut Panen Cabai Lebih Awal

            | Field       | Value                                   |
            |-------------|-----------------------------------------|
            | title       | Petani Garut Panen Cabai Lebih Awal |
            | author      | Rina Lestari |

            """;

    @Test
    void escapesAndEmphasisGoTheirWordsStay() {
        String page = HEADER + """
                ?**GARUT, KOMPAS.com** - Petani cabai di Garut memanen lebih awal karena *hujan* datang cepat.

                \\"Kami memetik lebih awal agar cabai tidak *busuk*,\\" kata petani, Ujang Sopandi, Senin (6/1/2025).

                ## Harga naik\\*

                Harga di [pasar induk](https://example.org/pasar \"Pasar\") naik, tulis akun \\@petanigarut\\_.\\

                \\[video.1\\]
                """;
        Article a = Warta.analyze(page);
        assertThat(a.dateline().place()).isEqualTo("Garut");
        assertThat(a.text()).startsWith("Petani cabai di Garut memanen lebih awal karena hujan datang cepat.")
                .contains("\"Kami memetik lebih awal agar cabai tidak busuk,\" kata petani")
                .contains("\n\nHarga naik*\n\n").contains("Harga di pasar induk naik, tulis akun @petanigarut_.")
                .doesNotContain("\\", "**", "video.1", "](");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Kami memetik lebih awal agar cabai tidak busuk,");
            assertThat(a.text().substring(q.start(), q.end())).contains("Kami memetik");
        });
    }

    @Test
    void aLineLeftWithAnEscapedStarOnlyIsNoParagraph() {
        String page = HEADER + """
                GARUT, KOMPAS.com - Petani cabai di Garut memanen lebih awal.

                **\\[video.1\\]\\**

                Hasil panen dijual ke Bandung, tulis akun @pe\\*\\*\\*ut.
                """;
        Article a = Warta.analyze(page);
        assertThat(a.text()).isEqualTo("Petani cabai di Garut memanen lebih awal.\n\nHasil panen dijual ke Bandung, tulis akun @pe***ut.");
    }

    @Test
    void aPhotoLineIsACaptionAndARuleEndsTheStory() {
        String page = HEADER + """
                GARUT, KOMPAS.com - Petani cabai di Garut memanen lebih awal.

                ![Petani memetik cabai di Garut, Senin (6/1/2025). KOMPAS.com/RINA LESTARI](https://example.org/cabai.jpg)

                Hasil panen dijual ke Bandung.

                ------------------------------------------------

                Harga cabai naik.

                ---

                ## Ringkasan

                Berikut ringkasan berita: "petani senang," kata seseorang di Jakarta.
                """;
        Article a = Warta.analyze(page);
        assertThat(a.text()).isEqualTo("Petani cabai di Garut memanen lebih awal.\n\nHasil panen dijual ke Bandung.\n\nHarga cabai naik.");
        assertThat(a.captions()).containsExactly(
                new Caption("Petani memetik cabai di Garut, Senin (6/1/2025).", "KOMPAS.com/RINA LESTARI"));
        assertThat(a.quotes()).isEmpty();
    }
}
