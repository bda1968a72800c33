package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How the scored candidate is chosen when the page names no body container. */
class CandidatesTest {
    @Test
    void aTieGoesToTheFirstCandidateOnThePageEveryTime() {
        // eight cards, each its own wrapper around one paragraph of the same length: all score alike
        String paragraph = "<p>Warga Desa Sukamaju %d memperbaiki saluran irigasi yang rusak diterjang banjir bandang pekan lalu, "
                + "dibantu petugas dinas pekerjaan umum dan relawan dari kecamatan tetangga.</p>";
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 1; i <= 8; i++) html.append("<div><div>").append(paragraph.formatted(i)).append("</div></div>");
        Element body = Jsoup.parse(html.append("</body></html>").toString()).body();

        List<Element> chosen = Candidates.scored(body);

        assertThat(chosen).hasSize(1);
        assertThat(chosen.getFirst().text()).contains("Sukamaju 1 ");
    }

    @Test
    void aScoredStoryCutIntoSectionsByItsFiguresIsReadWholeButAnotherStoryOfItsClassFurtherOffIsNot() {
        String prose = "<p>%s Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak diterjang banjir bandang pekan lalu, "
                + "dibantu petugas dinas pekerjaan umum dan relawan dari kecamatan tetangga.</p>";
        String html = "<html><body><div class=\"halaman\">"
                + "<div class=\"kisah\"><div class=\"kisah__isi\">" + prose.formatted("Pembuka,") + prose.formatted("Lalu,") + "</div></div>"
                + "<figure><img src=\"/irigasi.jpg\"><figcaption>Saluran irigasi sesudah banjir.</figcaption></figure>"
                + "<div class=\"kisah\"><div class=\"kisah__isi\">" + prose.formatted("Kemudian,") + prose.formatted("Sesudah itu,")
                + prose.formatted("Akhirnya,") + "</div></div></div>"
                + "<div class=\"a\"><div class=\"b\"><div class=\"c\"><div class=\"d\"><div class=\"e\"><div class=\"kisah__isi\">"
                + prose.formatted("Wawancara lain:") + prose.formatted("Wawancara itu,") + "</div></div></div></div></div></div>"
                + "</body></html>";

        List<Element> chosen = Candidates.scored(Jsoup.parse(html).body());

        assertThat(chosen).extracting(Element::text).hasSize(2);
        assertThat(chosen.get(0).text()).startsWith("Pembuka,");
        assertThat(chosen.get(1).text()).startsWith("Kemudian,").doesNotContain("Wawancara");
    }

    private static final String PART = "<section class=\"article-section\"><p>%s Warga Desa Sukamaju memperbaiki saluran irigasi "
            + "yang rusak diterjang banjir bandang pekan lalu, dibantu petugas dinas pekerjaan umum.</p><p>Kepala desa mengatakan "
            + "perbaikan ditargetkan selesai sebelum musim tanam berikutnya agar sawah kembali terairi.</p></section>";

    private static String bodyOf(String html) {
        Page page = HtmlPage.read("<html lang=\"id\"><body>" + html + "</body></html>", null);
        return String.join("\n", page.blocks().stream().map(Page.Block::text).toList());
    }

    @Test
    void aStoryThePageSplitsIntoContainersOfOneClassIsReadWhole() {
        String story = "<main><div class=\"row\"><div class=\"col\">" + PART.formatted("Pertama.") + "</div></div>"
                + "<div class=\"row\"><div class=\"col\">" + PART.formatted("Kedua.") + "</div></div>"
                + "<div class=\"row\"><div class=\"col\">" + PART.formatted("Ketiga.") + "</div></div></main>";
        assertThat(Candidates.known(Jsoup.parse(story.replace("article-section", "article-content")).body()))
                .hasValueSatisfying(parts -> assertThat(parts).hasSize(3).allMatch(e -> e.is(".article-content")));
        assertThat(bodyOf(story.replace("article-section", "article-content")))
                .containsSubsequence("Pertama.", "Kedua.", "Ketiga.");
    }

    @Test
    void aShortCardOfTheSameClassOrALongBlockOfAnotherIsNoPartOfTheStory() {
        String card = "<section class=\"article-content\"><p>Banjir di hulu sungai.</p></section>";
        String other = PART.replace("article-section", "comments").formatted("Komentar.");
        Element body = Jsoup.parse("<main>" + PART.replace("article-section", "article-content").formatted("Cerita.")
                + card + other + "</main>").body();
        assertThat(Candidates.known(body)).hasValueSatisfying(parts -> assertThat(parts).hasSize(1)
                .allMatch(e -> e.text().startsWith("Cerita.")));
    }

    @Test
    void aCallToActionBoxSetAsAnArticleIsNotTheBody() {
        String box = "<article class=\"pp-m-cta-box\"><h3>Konsultasi gratis</h3><p>Ingin tahu apakah pompa panas cocok "
                + "untuk rumah Anda? Tim ahli kami siap membantu menghitung kebutuhan dan biaya pemasangan.</p>"
                + "<a href=\"/kontak\">Hubungi kami sekarang</a></article>";
        String story = "<div class=\"richtext\"><p>Pemasangan pompa panas di rumah lama kian diminati warga Kota Bandung "
                + "seiring naiknya harga gas, kata Ketua Asosiasi Teknisi Pendingin Jawa Barat, Rudi Hartawan, Senin.</p>"
                + "<p>Menurut Rudi, rumah yang dibangun sebelum tahun 1990 umumnya perlu isolasi tambahan agar pompa panas "
                + "bekerja hemat, terutama pada dinding dan atap yang langsung terkena panas matahari.</p>"
                + "<p>Biaya pemasangan berkisar antara Rp 40 juta hingga Rp 65 juta, tergantung luas bangunan dan jenis "
                + "unit yang dipilih pemilik rumah.</p></div>";
        Element body = Jsoup.parse("<main>" + story + box + "</main>").body();
        assertThat(Candidates.known(body)).hasValueSatisfying(parts -> assertThat(parts).noneMatch(e -> e.is("article")));
        assertThat(bodyOf("<main>" + story + box + "</main>")).contains("Pemasangan pompa panas", "Biaya pemasangan");
    }

    @Test
    void aCallToActionBoxSetAsAnArticleInsideTheBodyLeavesIt() {
        String box = "<article class=\"pp-m-cta-box\"><h3>Konsultasi gratis dengan teknisi di kota Anda</h3>"
                + "<p>Anda membutuhkan saran atau penawaran untuk pompa panas baru di rumah?</p>"
                + "<ul><li>Teknisi bersertifikat di daerah Anda</li><li>Tanpa biaya dan tanpa kewajiban</li></ul>"
                + "<a href=\"/cari-teknisi\">Cari teknisi</a></article>";
        String story = "<article class=\"post\"><h1>Pompa panas untuk rumah lama</h1>"
                + "<p>Pemasangan pompa panas di rumah lama kian diminati warga Kota Bandung seiring naiknya harga gas, "
                + "kata Ketua Asosiasi Teknisi Pendingin Jawa Barat, Rudi Hartawan, Senin.</p>" + box
                + "<p>Menurut Rudi, rumah yang dibangun sebelum tahun 1990 umumnya perlu isolasi tambahan agar pompa panas "
                + "bekerja hemat, terutama pada dinding dan atap yang langsung terkena panas matahari.</p>"
                + "<p>Biaya pemasangan berkisar antara Rp 40 juta hingga Rp 65 juta, tergantung luas bangunan dan jenis "
                + "unit yang dipilih pemilik rumah.</p></article>";
        String body = bodyOf("<main>" + story + "</main>");
        assertThat(body).contains("Pemasangan pompa panas", "Menurut Rudi", "Biaya pemasangan")
                .doesNotContain("Konsultasi gratis", "penawaran", "bersertifikat");
        // an <article> of the body that names no box stays, whatever its class
        assertThat(bodyOf("<main>" + story.replace("pp-m-cta-box", "pp-m-infobox") + "</main>")).contains("penawaran");
    }
}
