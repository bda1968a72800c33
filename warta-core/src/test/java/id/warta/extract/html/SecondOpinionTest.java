package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** jusText's reading of the whole page against the cascade's body. */
class SecondOpinionTest {
    private static final String PROSE_1 = "<p>Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak diterjang banjir bandang "
            + "pekan lalu, dibantu petugas dinas pekerjaan umum dan relawan dari kecamatan tetangga.</p>";
    private static final String PROSE_2 = "<p>Kepala desa, Slamet Riyadi, mengatakan perbaikan ditargetkan selesai sebelum musim "
            + "tanam berikutnya agar sawah seluas 40 hektare kembali terairi dengan baik.</p>";
    private static final String MENU = "<ul class=\"menu\"><li><a href=\"/\">Beranda</a></li><li><a href=\"/nasional\">Nasional</a></li>"
            + "<li><a href=\"/daerah\">Daerah</a></li><li><a href=\"/olahraga\">Olahraga</a></li></ul>";
    private static final Stopwords INDONESIAN = Stopwords.forPage("id", List.of());

    private static List<String> body(String html) {
        return HtmlPage.read("<html lang=\"id\"><body>" + html + "</body></html>", "https://berita.example.id/desa/1")
                .blocks().stream().filter(b -> b.kind() != Page.Kind.RELATED).map(Page.Block::text).toList();
    }

    @Test
    void proseJustAboveTheNamedBodyOpensIt() {
        String opening = "Sleman, Senin. Banjir bandang yang melanda lereng selatan pekan lalu merusak saluran irigasi utama "
                + "Desa Sukamaju, sehingga para petani tidak dapat mengairi sawah mereka selama hampir sepekan.";
        List<String> blocks = body(MENU + "<div class=\"artikel-pembuka\"><p>" + opening + "</p></div>"
                + "<div class=\"post-content\">" + PROSE_1 + PROSE_2 + "</div>");
        assertThat(blocks.getFirst()).isEqualTo(opening);
        assertThat(String.join(" ", blocks)).doesNotContain("Beranda");
    }

    @Test
    void aNamedBodyOfLinksGivesWayToThePagesProse() {
        String teasers = "<div class=\"post-content\"><ul>"
                + "<li><a href=\"/desa/2\">Jembatan gantung Sukamaju akhirnya diresmikan bupati setelah tiga tahun</a></li>"
                + "<li><a href=\"/desa/3\">Petani panen raya meski kemarau panjang melanda sebagian kabupaten</a></li>"
                + "<li><a href=\"/desa/4\">Harga cabai turun di pasar kota menjelang akhir pekan ini</a></li></ul></div>";
        List<String> blocks = body(MENU + teasers + "<div class=\"isi\">" + PROSE_1 + PROSE_2 + PROSE_1.replace("Warga", "Para warga")
                + "</div>");
        assertThat(String.join(" ", blocks)).contains("Slamet Riyadi").doesNotContain("Jembatan gantung");
    }

    @Test
    void theWholePageIsJudgedWithoutItsFurnitureSoARelatedPostsExcerptsStayOut() {
        String story = "<div class=\"isi\"><p>Warga Desa Sukamaju yang sawahnya rusak diterjang banjir bandang pekan lalu kini sudah "
                + "mulai memperbaiki saluran irigasi itu bersama-sama, dan mereka dibantu oleh petugas dinas pekerjaan umum yang datang "
                + "dari kota.</p><p>Kepala desa, Slamet Riyadi, mengatakan bahwa perbaikan itu akan selesai sebelum musim tanam, karena "
                + "tanpa air yang cukup para petani tidak akan bisa menanam padi di sawah mereka lagi tahun ini.</p></div>";
        String excerpts = "<div class=\"related-posts\"><h3>Berita terkait</h3>"
                + "<p><a href=\"/desa/2\">Jembatan gantung</a> Warga Desa Sukamulya yang tinggal di tepi sungai itu akhirnya bisa "
                + "membangun jembatan gantung dengan dana desa, dan anak-anak tidak perlu lagi menyeberangi sungai yang deras setiap pagi.</p>"
                + "<p><a href=\"/desa/3\">Panen raya</a> Para petani di Kecamatan Minggir tetap bisa memanen padi meskipun kemarau "
                + "panjang, karena sumur bor yang dibangun tahun lalu itu masih mampu mengairi sebagian besar sawah yang ada di sana.</p>"
                + "<p><a href=\"/desa/4\">Pasar kota</a> Harga cabai rawit di pasar kota sudah turun hampir separuhnya, sebab pasokan "
                + "dari daerah lereng gunung kembali lancar setelah jalan yang tertimbun longsor itu dibuka untuk kendaraan.</p></div>";
        StringBuilder regions = new StringBuilder("<ul class=\"kanal\">");
        for (String r : List.of("Sleman", "Bantul", "Kulon Progo", "Gunungkidul", "Yogyakarta", "Klaten", "Magelang", "Purworejo",
                "Wonosobo", "Temanggung", "Boyolali", "Sukoharjo", "Wonogiri", "Karanganyar", "Sragen", "Surakarta")) {
            regions.append("<li><a href=\"/daerah/").append(r.toLowerCase().replace(' ', '-')).append("\">Berita ").append(r)
                    .append(" hari ini</a></li>");
        }
        regions.append("</ul>");
        // no container is named: jusText reads the whole page, where the excerpts would read as good prose
        List<String> blocks = body(MENU + story + excerpts + regions);
        assertThat(String.join(" ", blocks)).contains("Warga Desa Sukamaju", "Slamet Riyadi")
                .doesNotContain("Berita terkait", "Sukamulya", "Minggir", "cabai rawit");
    }

    @Test
    void blocksAreJudgedByLengthLinksAndStopWords() {
        Page.Block prose = new Page.Block("Kepala desa mengatakan bahwa perbaikan saluran itu akan selesai sebelum musim tanam, dan "
                + "warga yang sawahnya rusak akan mendapat bantuan bibit dari pemerintah kabupaten.", Page.Kind.PARAGRAPH, List.of());
        Page.Block names = new Page.Block("Slamet Riyadi Sukamaju Sleman Yogyakarta Irigasi Bandang Kemarau Kabupaten Bupati "
                + "Jembatan Gantung Cabai Pasar Kota Petani Sawah", Page.Kind.PARAGRAPH, List.of());
        Page.Block linked = new Page.Block("Berita lain hari ini: harga cabai turun di pasar kota", Page.Kind.PARAGRAPH,
                List.of(new Page.Link("harga cabai turun di pasar kota", "https://berita.example.id/pasar/9")));
        Page.Block label = new Page.Block("Bagikan", Page.Kind.PARAGRAPH, List.of());
        assertThat(JusText.onItsOwn(prose, INDONESIAN)).isEqualTo(JusText.Verdict.GOOD);
        assertThat(JusText.onItsOwn(names, INDONESIAN)).isEqualTo(JusText.Verdict.BAD);
        assertThat(JusText.onItsOwn(linked, INDONESIAN)).isEqualTo(JusText.Verdict.BAD);
        assertThat(JusText.onItsOwn(label, INDONESIAN)).isEqualTo(JusText.Verdict.SHORT);
    }

    @Test
    void aShortBlockTakesTheClassOfItsNeighbours() {
        Page.Block prose = new Page.Block("Kepala desa mengatakan bahwa perbaikan saluran itu akan selesai sebelum musim tanam, dan "
                + "warga yang sawahnya rusak akan mendapat bantuan bibit dari pemerintah kabupaten.", Page.Kind.PARAGRAPH, List.of());
        Page.Block subheading = new Page.Block("Swadaya warga", Page.Kind.PARAGRAPH, List.of());
        Page.Block share = new Page.Block("Bagikan", Page.Kind.PARAGRAPH, List.of());
        assertThat(JusText.classify(List.of(prose, subheading, prose, share), INDONESIAN))
                .containsExactly(JusText.Verdict.GOOD, JusText.Verdict.GOOD, JusText.Verdict.GOOD, JusText.Verdict.BAD);
    }

    @Test
    void aRunOfShortBlocksTakesTheClassAtItsEnds() {
        Page.Block prose = new Page.Block("Kepala desa mengatakan bahwa perbaikan saluran itu akan selesai sebelum musim tanam, dan "
                + "warga yang sawahnya rusak akan mendapat bantuan bibit dari pemerintah kabupaten.", Page.Kind.PARAGRAPH, List.of());
        Page.Block line = new Page.Block("Swadaya warga", Page.Kind.PARAGRAPH, List.of());
        // A page of one-line paragraphs (a list, a poem, a scraped table) between two prose blocks,
        // then a tail of short ones before the page's edge.
        int run = 50_000;
        List<Page.Block> page = new java.util.ArrayList<>();
        page.add(prose);
        for (int i = 0; i < run; i++) page.add(line);
        page.add(prose);
        page.add(line);
        page.add(line);
        List<JusText.Verdict> verdicts = JusText.classify(page, INDONESIAN);
        assertThat(verdicts.subList(0, run + 2)).containsOnly(JusText.Verdict.GOOD);
        assertThat(verdicts.subList(run + 2, run + 4)).containsOnly(JusText.Verdict.BAD);
    }
}
