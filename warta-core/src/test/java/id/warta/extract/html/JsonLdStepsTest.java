package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page that builds its text with scripts is read from its JSON-LD how-to or recipe. */
class JsonLdStepsTest {
    private static final String OUTDATED = "<div id=\"app\"><p>Browser Anda sudah usang. Perbarui browser untuk pengalaman yang lebih baik.</p></div>";

    private static List<String> bodyOf(String jsonLd, String body) {
        Page page = HtmlPage.read("<html lang=\"id\"><head><title>Cara membuat taplak meja bundar</title>"
                + "<script type=\"application/ld+json\">" + jsonLd + "</script></head><body>" + body + "</body></html>", null);
        return page.blocks().stream().map(Page.Block::text).toList();
    }

    @Test
    void aHowToRenderedByScriptsIsReadFromItsStepsHtmlAndAll() {
        String howTo = "{\"@context\":\"https://schema.org/\",\"@type\":\"HowTo\",\"name\":\"Cara membuat taplak meja bundar\","
                + "\"description\":\"\\u003cp\\u003eTaplak meja bundar membuat ruang makan terasa hangat, apa pun ukuran mejanya.\\u003c/p\\u003e"
                + "\\u003cp\\u003eBerikut langkah menjahitnya sendiri di rumah dengan kain katun atau linen.\\u003c/p\\u003e\","
                + "\"step\":[{\"@type\":\"HowToStep\",\"name\":\"Ukur meja\",\"text\":\"\\u003cp\\u003eUkur diameter meja, yaitu jarak dari tepi ke tepi "
                + "melewati titik tengahnya, lalu tambahkan dua kali panjang juntaian.\\u003c/p\\u003e\"},"
                + "{\"@type\":\"HowToStep\",\"text\":\"Lipat kain menjadi empat, gambar seperempat lingkaran dengan tali dan kapur, lalu gunting.\"}]}";
        assertThat(bodyOf(howTo, OUTDATED)).containsSubsequence(
                "Taplak meja bundar membuat ruang makan terasa hangat, apa pun ukuran mejanya.",
                "Berikut langkah menjahitnya sendiri di rumah dengan kain katun atau linen.",
                "Ukur diameter meja, yaitu jarak dari tepi ke tepi melewati titik tengahnya, lalu tambahkan dua kali panjang juntaian.",
                "Lipat kain menjadi empat, gambar seperempat lingkaran dengan tali dan kapur, lalu gunting.");
    }

    @Test
    void aRecipeGivesItsIngredientsAndTheStepsOfItsSections() {
        String recipe = "[{\"@type\":\"WebPage\",\"name\":\"Resep\"},{\"@type\":\"Recipe\",\"name\":\"Kue lapis pandan\","
                + "\"description\":\"Kue lapis pandan kukus yang lembut untuk suguhan arisan keluarga.\","
                + "\"recipeIngredient\":[\"250 g tepung beras\",\"100 g tepung tapioka\",\"600 ml santan\",\"200 g gula pasir\"],"
                + "\"recipeInstructions\":[{\"@type\":\"HowToSection\",\"name\":\"Adonan\",\"itemListElement\":["
                + "{\"@type\":\"HowToStep\",\"text\":\"Campur tepung beras, tepung tapioka, dan gula, lalu tuang santan sedikit demi sedikit.\"}]},"
                + "{\"@type\":\"HowToSection\",\"name\":\"Mengukus\",\"itemListElement\":["
                + "{\"@type\":\"HowToStep\",\"text\":\"Kukus tiap lapisan selama lima menit sebelum menuang lapisan berikutnya.\"}]}]}]";
        assertThat(bodyOf(recipe, OUTDATED)).containsSubsequence("Kue lapis pandan kukus yang lembut untuk suguhan arisan keluarga.",
                "250 g tepung beras", "600 ml santan", "Adonan",
                "Campur tepung beras, tepung tapioka, dan gula, lalu tuang santan sedikit demi sedikit.", "Mengukus",
                "Kukus tiap lapisan selama lima menit sebelum menuang lapisan berikutnya.");
    }

    @Test
    void aPageWithItsOwnTextKeepsItOverTheSteps() {
        String howTo = "{\"@type\":\"HowTo\",\"name\":\"Cara menanam cabai\",\"step\":[{\"@type\":\"HowToStep\","
                + "\"text\":\"Semai benih cabai di nampan berisi campuran tanah dan kompos, siram tipis setiap pagi.\"}],"
                + "\"description\":\"Menanam cabai di pekarangan rumah bisa menghemat belanja dapur selama musim hujan.\"}";
        String article = "<article><p>Warga Kelurahan Sukamulya, Kota Tasikmalaya, kini menanam cabai di pekarangan rumah setelah harga "
                + "cabai rawit di pasar tradisional menembus Rp 90.000 per kilogram pekan lalu.</p><p>Ketua RW 05, Dedi Suryana, "
                + "mengatakan bibit dibagikan gratis oleh kelompok tani setempat kepada 120 keluarga sejak awal bulan ini, dan "
                + "panen pertama diperkirakan akhir Februari.</p></article>";
        assertThat(bodyOf(howTo, article)).noneMatch(b -> b.startsWith("Semai benih cabai"))
                .anyMatch(b -> b.startsWith("Warga Kelurahan Sukamulya"));
    }
}
