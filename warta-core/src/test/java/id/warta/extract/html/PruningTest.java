package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What pruning keeps and drops: wrappers named like furniture, teaser cards, labels at the body's edges. */
class PruningTest {
    private static final String PROSE_1 = "<p>Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak diterjang banjir bandang "
            + "pekan lalu, dibantu petugas dinas pekerjaan umum dan relawan dari kecamatan tetangga.</p>";
    private static final String PROSE_2 = "<p>Kepala desa, Slamet Riyadi, mengatakan perbaikan ditargetkan selesai sebelum musim "
            + "tanam berikutnya agar sawah seluas 40 hektare kembali terairi dengan baik.</p>";

    private static List<String> body(String html) {
        return HtmlPage.read("<html lang=\"id\"><body>" + html + "</body></html>", "https://berita.example.id/desa/1")
                .blocks().stream().filter(b -> b.kind() != Page.Kind.RELATED).map(Page.Block::text).toList();
    }

    @Test
    void aWrapperNamedLikeAWidgetThatHoldsTheArticleStays() {
        List<String> blocks = body("<div class=\"entry-content\"><div class=\"elementor-widget-container\">" + PROSE_1 + PROSE_2
                + "</div><div class=\"widget popular\"><p>Terpopuler hari ini</p></div></div>");
        assertThat(String.join(" ", blocks)).contains("Warga Desa Sukamaju", "Slamet Riyadi").doesNotContain("Terpopuler");
    }

    @Test
    void aCommentThreadGoesEvenWhenItHoldsMostOfTheText() {
        String comment = "<p>Semoga cepat selesai, kami di dusun sebelah juga butuh air untuk sawah dan kolam ikan kami.</p>";
        List<String> blocks = body("<article class=\"post-content\">" + PROSE_1 + PROSE_2
                + "<div class=\"comments-area\">" + comment.repeat(6) + "</div></article>");
        assertThat(String.join(" ", blocks)).contains("Slamet Riyadi").doesNotContain("dusun sebelah");
    }

    @Test
    void teaserCardsAndLabelsAfterTheLastProseLeave() {
        List<String> blocks = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2
                + "<h3>Baca berita lainnya</h3>"
                + "<a href=\"/desa/2\"><div><h4>Jembatan gantung Sukamaju diresmikan</h4></div></a>"
                + "<a href=\"/desa/3\"><div><h4>Petani panen raya meski kemarau</h4></div></a>"
                + "<p>Bagikan</p></div>");
        assertThat(blocks).last().asString().contains("Slamet Riyadi");
    }

    @Test
    void aSubheadingOverTextAfterTheLastLongParagraphStays() {
        List<String> blocks = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2
                + "<h3>Swadaya warga</h3><p>Warga menyumbang semen.</p></div>");
        assertThat(blocks).contains("Swadaya warga", "Warga menyumbang semen.");
    }

    @Test
    void aLeadBeforeTheNamedBodyInTheSameArticleOpensTheBody() {
        String lead = "Banjir bandang pekan lalu merusak saluran irigasi utama Desa Sukamaju di Kabupaten Sleman.";
        List<String> blocks = body("<div class=\"teaser-text\"><p>Berita lain: harga cabai turun di pasar kota</p></div>"
                + "<article><div class=\"row article-header\"><p class=\"lead\">" + lead + "</p></div>"
                + "<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "</div></article>");
        assertThat(blocks.getFirst()).isEqualTo(lead);
        assertThat(String.join(" ", blocks)).doesNotContain("harga cabai");
    }

    @Test
    void aColonsAnnouncementAfterTheLastProseLeavesUnlessTextFollowsIt() {
        List<String> trailing = body("<div class=\"post-content\">" + PROSE_1 + PROSE_2
                + "<p>Informasi lebih lanjut:</p><p><a href=\"/desa\">Desa Sukamaju</a></p></div>");
        assertThat(trailing).doesNotContain("Informasi lebih lanjut:");
        List<String> announcing = body("<div class=\"post-content\">" + PROSE_1 + PROSE_2
                + "<p>Jadwal gotong royong:</p><p>Sabtu pagi, 14 Juni, mulai pukul tujuh di balai desa Sukamaju</p></div>");
        assertThat(announcing).contains("Jadwal gotong royong:");
    }

    @Test
    void aHeadingThatOpensTheAuthorsBiographyEndsTheBody() {
        String bio = "<p>Rina Kartikasari menulis tentang pertanian dan lingkungan sejak 2015. Ia tinggal di Sleman "
                + "bersama dua anaknya dan gemar mendaki gunung di akhir pekan.</p>";
        List<String> blocks = body("<div class=\"post-content\">" + PROSE_1 + PROSE_2
                + "<h3>Tentang Penulis:</h3>" + bio + "</div>");
        assertThat(blocks).last().asString().startsWith("Kepala desa");
        // before any prose, the same words are no end: a page may open with its author's profile
        List<String> opening = body("<div class=\"post-content\"><h3>Tentang Penulis</h3>" + PROSE_1 + PROSE_2 + "</div>");
        assertThat(opening).anyMatch(t -> t.startsWith("Warga Desa Sukamaju"));
    }

    @Test
    void aHeaderThePageNeverClosedStillGivesTheArticleItWraps() {
        // the header's menu div is never closed, so the parser keeps the whole page inside <header>
        List<String> blocks = body("<header class=\"site-header\"><div class=\"menu\"><a href=\"/\">Beranda</a>"
                + "<article><div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "</div></article>");
        assertThat(String.join(" ", blocks)).contains("Warga Desa Sukamaju", "Slamet Riyadi");
        List<String> closed = body("<header><p>Portal Berita Sleman: kabar desa dan kota setiap hari untuk pembaca</p></header>"
                + "<article><div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "</div></article>");
        assertThat(String.join(" ", closed)).doesNotContain("Portal Berita Sleman");
    }

    @Test
    void aFormAskingTheReaderToWriteLeavesButAFormAroundTheTextStays() {
        List<String> newsletter = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2
                + "<form action=\"/daftar\"><p>Dapatkan kabar desa terbaru setiap pagi langsung di kotak surat Anda.</p>"
                + "<input type=\"email\" name=\"surel\"><button>Daftar</button></form></div>");
        assertThat(String.join(" ", newsletter)).contains("Slamet Riyadi").doesNotContain("kotak surat");
        List<String> wrapped = body("<form action=\"/pesan\"><div class=\"entry-content\">" + PROSE_1 + PROSE_2
                + "<input type=\"number\" name=\"jumlah\"></div></form>");
        assertThat(String.join(" ", wrapped)).contains("Warga Desa Sukamaju", "Slamet Riyadi");
    }

    @Test
    void theSitesAppealsToItsReadersLeaveTheEndOfTheBody() {
        String story = "<p>Pengurus kelompok tani juga membuat grup Telegram agar jadwal giliran air diketahui semua warga.</p>";
        List<String> blocks = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + story
                + "<p>Dapatkan update berita pilihan setiap hari dari Kabar Sleman. Mari bergabung di grup Telegram "
                + "\"Kabar Sleman\", caranya klik tautan lalu join.</p>"
                + "<p>Subscribe to our newsletter for the full story.</p>"
                + "<p>Sampaikan pendapat Anda tentang perbaikan irigasi ini di kolom komentar.</p></div>");
        assertThat(blocks).last().isEqualTo("Pengurus kelompok tani juga membuat grup Telegram agar jadwal giliran air "
                + "diketahui semua warga.");
    }

    @Test
    void aPleaForSupportLeavesTheMiddleAndTheStartOfTheBodyWithItsHeading() {
        String story = "<p>Warga menggalang donasi untuk membeli pompa air baru, dan sumbangan terkumpul Rp 12 juta.</p>";
        List<String> blocks = body("<div class=\"entry-content\">"
                + "<p>Dukung jurnalisme warga: donasi Anda menjaga redaksi Kabar Sleman tetap independen.</p>"
                + PROSE_1 + "<h4>Bantu kami</h4><p>Jadilah bagian dari pendukung jurnalisme lokal, mulai Rp 10 ribu sebulan.</p>"
                + PROSE_2 + story + "</div>");
        assertThat(String.join(" ", blocks)).contains("Warga Desa Sukamaju", "Slamet Riyadi", "sumbangan terkumpul")
                .doesNotContain("Dukung jurnalisme", "Bantu kami", "Jadilah bagian");
    }

    @Test
    void aNoteOnTheArticleLeavesWhereverItStandsButAStoryAboutTheNewsroomStays() {
        String story = "<p>Redaksi harian itu menolak tuduhan bahwa tulisan opininya mencerminkan sikap pemilik modal.</p>";
        List<String> blocks = body("<div class=\"entry-content\">"
                + "<p>Tulisan ini adalah kiriman dari pembaca Kabar Sleman.</p>"
                + "<p>Tulisan ini sepenuhnya tanggung jawab penulis dan tidak mencerminkan sikap redaksi.</p>" + PROSE_1 + story
                + "<p>Dieser Beitrag gibt die Meinung der Autorin wieder, nicht notwendigerweise die der Redaktion.</p>" + PROSE_2
                + "<p>Our Standards: The Thomson Reuters Trust Principles.</p>"
                + "<p>SUGGESTED CITATION Lestari, Dewi: Irigasi desa, Jurnal Desa, 2020/4/09, https://jurnal.example.id/irigasi/.</p></div>");
        assertThat(String.join(" ", blocks)).contains("Warga Desa Sukamaju", "menolak tuduhan", "Slamet Riyadi")
                .doesNotContain("kiriman dari pembaca", "tanggung jawab penulis", "Meinung der Autorin", "Trust Principles", "CITATION");
    }

    @Test
    void aPressReleasesContactForThePressEndsTheBody() {
        List<String> blocks = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "<p><strong>Narahubung:</strong></p>"
                + "<p>Bagian Humas Pemkab Sukamaju, Dewi Lestari</p><p>Telepon (0274) 555 123</p>"
                + "<p>Surel: humas@sukamaju.example.id</p></div>");
        assertThat(blocks).last().asString().contains("Slamet Riyadi");
        assertThat(String.join(" ", blocks)).doesNotContain("Narahubung", "Dewi Lestari", "humas@");
    }

    @Test
    void theWritersSignOffAfterTheLastParagraphStaysButALabelThereLeaves() {
        List<String> blocks = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "<p>Salam hangat, Rina</p>"
                + "<p>Bagikan</p></div>");
        assertThat(blocks).last().isEqualTo("Salam hangat, Rina");
        assertThat(body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "<p>xoxo Laras</p></div>")).last().isEqualTo("xoxo Laras");
    }

    @Test
    void anArticleSetInAnAsideWithItsHeadlineIsReadButASidebarIsNot() {
        String sidebar = "<aside class=\"rail\"><p>Rapat koperasi nelayan Pantai Sukamaju ditunda hingga pekan depan karena cuaca "
                + "buruk, kata pengurus koperasi kepada warga yang hadir.</p></aside>";
        List<String> blocks = body("<main><aside class=\"pa-direct\"><section><h1>Irigasi Sukamaju diperbaiki</h1><article>"
                + PROSE_1 + PROSE_2 + "</article></section></aside>" + sidebar + "</main>");
        assertThat(String.join(" ", blocks)).contains("Warga Desa Sukamaju", "Slamet Riyadi").doesNotContain("koperasi nelayan");
    }

    @Test
    void aRubyAnnotationsReadingIsNoPartOfTheText() {
        List<String> blocks = body("<div class=\"entry-content\">" + PROSE_1 + "<p>Relawan dari <ruby>東京<rp>(</rp><rt>とうきょう</rt>"
                + "<rp>)</rp></ruby> ikut membantu warga membersihkan lumpur di saluran irigasi desa.</p>" + PROSE_2 + "</div>");
        assertThat(String.join(" ", blocks)).contains("Relawan dari 東京 ikut membantu").doesNotContain("とうきょう", "(");
    }

    @Test
    void theLinesAboutTheWriterLeaveTheEndOfTheBodyButAStoryAboutAWriterStays() {
        List<String> bio = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2
                + "<p>Penulis adalah dosen Fakultas Teknik Pertanian, Universitas Gadjah Sleman.</p>"
                + "<p>The author is a freelance writer based in Yogyakarta who covers farming and water.</p></div>");
        assertThat(bio).last().asString().contains("Slamet Riyadi");
        List<String> story = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2
                + "<p>Penulis novel tentang banjir itu adalah warga Sukamaju yang rumahnya ikut terendam.</p></div>");
        assertThat(story).last().asString().startsWith("Penulis novel");
    }

    @Test
    void aSectionsLabelWithTheDateAboveTheStoryLeavesButALineAboutADayStays() {
        List<String> dateLine = body("<div class=\"entry-content\"><p>Nasional | Kamis, 26 November 2026 10.15 WIB</p>"
                + PROSE_1 + PROSE_2 + "</div>");
        assertThat(dateLine.getFirst()).startsWith("Warga Desa Sukamaju");
        String agenda = "Rapat warga digelar 28 November 2026 di balai desa bersama camat dan petugas pengairan";
        List<String> story = body("<div class=\"entry-content\"><p>" + agenda + "</p>" + PROSE_1 + PROSE_2 + "</div>");
        assertThat(story.getFirst()).isEqualTo(agenda);
        // below the story too: the post's stamp leaves, a line about a day stays
        List<String> stamped = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2
                + "<p>Tanggal rilis: 21/04/2022 | Kategori: Siaran Pers</p></div>");
        assertThat(stamped).last().asString().contains("Slamet Riyadi");
        List<String> closing = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "<p>" + agenda + "</p></div>");
        assertThat(closing).last().isEqualTo(agenda);
    }

    @Test
    void theLeadInTheArticlesOwnHeaderOpensTheBodyButItsHeadlineDoesNot() {
        String lead = "Banjir bandang pekan lalu merusak saluran irigasi utama Desa Sukamaju di Kabupaten Sleman.";
        List<String> blocks = body("<header class=\"site\"><p>Portal Berita Sleman: kabar desa dan kota setiap hari</p></header>"
                + "<article><header><h1>Warga Sukamaju perbaiki irigasi</h1><p class=\"lead\">" + lead + "</p></header>"
                + "<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "</div></article>");
        assertThat(blocks.getFirst()).isEqualTo(lead);
        assertThat(String.join(" ", blocks)).doesNotContain("Portal Berita Sleman", "Warga Sukamaju perbaiki irigasi");
    }

    @Test
    void theStandfirstBesideTheHeadlineInAHeaderOfItsOwnOpensTheBody() {
        String lead = "Banjir bandang pekan lalu merusak saluran irigasi utama Desa Sukamaju, dan warga tak mau menunggu anggaran.";
        List<String> blocks = body("<header class=\"site\"><a href=\"/\">Kabar Sleman</a></header>"
                + "<div class=\"hero\"><header class=\"story-head\"><h1>Warga Sukamaju perbaiki irigasi</h1>"
                + "<h2 class=\"story-head__teaser\">" + lead + "</h2></header></div>"
                + "<aside><div class=\"teaser\"><p>Berita lain: harga cabai turun di pasar kota pekan ini, kata pedagang</p></div></aside>"
                + "<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "</div>");
        assertThat(blocks.getFirst()).isEqualTo(lead);
        assertThat(String.join(" ", blocks)).contains("Slamet Riyadi").doesNotContain("Warga Sukamaju perbaiki", "harga cabai");
    }

    @Test
    void aStandfirstTheBodyRepeatsIsReadOnceAndATeaserAfterAHeadlineWithoutOneIsNone() {
        String lead = "Banjir bandang pekan lalu merusak saluran irigasi utama Desa Sukamaju, dan warga tak mau menunggu anggaran.";
        List<String> repeated = body("<div class=\"hero\"><h1>Warga Sukamaju perbaiki irigasi</h1><p class=\"standfirst\">" + lead
                + "</p></div><div class=\"entry-content\"><p>" + lead + "</p>" + PROSE_1 + PROSE_2 + "</div>");
        assertThat(repeated).filteredOn(lead::equals).hasSize(1);
        // the teaser card follows the headline's wrapper, not the headline: another article's
        List<String> card = body("<div class=\"hero\"><h1>Warga Sukamaju perbaiki irigasi</h1></div>"
                + "<div class=\"teaser\"><p>Berita lain: harga cabai turun di pasar kota pekan ini, kata pedagang</p></div>"
                + "<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "</div>");
        assertThat(String.join(" ", card)).contains("Slamet Riyadi").doesNotContain("harga cabai");
    }

    @Test
    void anAuthorBoxWhoseClassesNeverSayAuthorLeaves() {
        List<String> blocks = body("<div class=\"entry-content\">" + PROSE_1 + PROSE_2 + "<div class=\"saboxplugin-wrap\">"
                + "<div class=\"saboxplugin-gravatar\"><img src=\"/rina.jpg\"></div><div class=\"saboxplugin-desc\"><div><p>Rina Marlina, "
                + "fotografer dari Yogyakarta dan pendiri Studio Lensa Desa. Saya suka memotret warga di sawah dan pasar, dan hampir "
                + "selalu ada manusia di foto saya.</p></div></div></div></div>");
        assertThat(String.join(" ", blocks)).contains("Slamet Riyadi").doesNotContain("Rina Marlina", "Studio Lensa Desa");
    }

    @Test
    void aPicturesLegendOutsideAFigureIsACaptionNotBody() {
        String legend = "Saluran irigasi Desa Sukamaju sesudah diperbaiki warga.";
        Page page = HtmlPage.read("<html lang=\"id\"><body><div class=\"entry-content\">" + PROSE_1
                + "<img src=\"/irigasi.jpg\"><div class=\"legend\">" + legend + "</div>" + PROSE_2 + "</div></body></html>",
                "https://berita.example.id/desa/1");
        assertThat(page.blocks()).extracting(Page.Block::text).doesNotContain(legend);
        assertThat(page.captions()).anyMatch(c -> legend.equals(c.text()));
    }

    @Test
    void aContentAreaMarkedToPrintItsLinksStaysWhereAPrintButtonLeaves() {
        StringBuilder rows = new StringBuilder();
        String[][] ingredients = {{"250 g", "Tepung terigu protein sedang"}, {"4 butir", "Telur ayam, suhu ruang"},
                {"200 ml", "Santan kental dari satu butir kelapa"}, {"150 g", "Gula pasir halus"},
                {"1 sdt", "Pasta pandan atau air daun suji"}, {"1/2 sdt", "Garam dapur secukupnya"}};
        for (String[] i : ingredients) {
            rows.append("<div class=\"recipe-ingredients__item\"><div class=\"row\"><div class=\"col-3 bold\">").append(i[0])
                    .append("</div><div class=\"col-9\">").append(i[1]).append("</div></div></div>");
        }
        String recipe = "<div class=\"entry-content\"><p>Bolu pandan kukus ini cocok untuk suguhan arisan keluarga di akhir pekan, "
                + "teksturnya lembut dan wanginya tahan sampai keesokan hari.</p>"
                + "<div class=\"print-link\"><a href=\"/cetak\">Cetak resep</a></div>"
                + "<div class=\"recipe-ingredients recipe-area print-links\"><h2>Bahan</h2>" + rows + "</div>"
                + "<p>Kocok telur dan gula hingga mengembang, masukkan tepung sedikit demi sedikit, lalu tuang santan dan pasta "
                + "pandan, aduk rata, dan kukus selama 30 menit dengan api sedang.</p></div>";
        assertThat(String.join(" ", body(recipe))).contains("Santan kental dari satu butir kelapa", "Pasta pandan atau air daun suji",
                "Kocok telur").doesNotContain("Cetak resep");
    }
}
