package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Publication dates read on the page's own day, and the witnesses that are not to be trusted. */
class PageDatesTest {
    private static final String BODY = "<body><article><p>Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak "
            + "diterjang banjir bandang pekan lalu, dibantu petugas dinas pekerjaan umum.</p></article></body>";

    private static Page page(String lang, String head, String url) {
        return HtmlPage.read("<html lang=\"" + lang + "\"><head>" + head + "</head>" + BODY + "</html>", url);
    }

    @Test
    void utcTimestampOfAnIndonesianPageFallsOnTheJakartaDay() {
        Page p = page("id", "<meta property=\"article:published_time\" content=\"2026-05-26T19:30:00Z\">", null);
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(p.published().zone().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void anOffsetWrittenElsewhereOnThePageWinsOverTheLanguage() {
        Page p = page("id", "<meta property=\"article:published_time\" content=\"2026-05-26T19:30:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2026-05-27T04:00:00+09:00\">", null);
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(p.published().zone().getTotalSeconds()).isEqualTo(9 * 3600);
    }

    @Test
    void theRegionOfTheAddressPlacesASpanishPage() {
        Page p = page("es", "<meta property=\"article:published_time\" content=\"2022-05-04T01:10:00Z\">",
                "https://www.diario-ejemplo.com.ar/politica/nota");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2022, 5, 3));
    }

    @Test
    void aPageThatNamesNoPlaceKeepsItsUtcDay() {
        Page p = page("en", "<meta property=\"article:published_time\" content=\"2022-05-04T01:10:00Z\">",
                "https://news.example.com/story");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2022, 5, 4));
    }

    @Test
    void theLocalClockOfAScriptThatWritesTheSameInstantDatesAUtcTimestamp() {
        Page p = page("en", "<meta property=\"article:published_time\" content=\"2023-11-09T05:30:59+00:00\">"
                + "<script>window.dataLayer = [{'Page Type': 'article', 'Section': 'news',"
                + " 'Publish Hour of Day': '2023-11-08T23:30:59-06:00'}];</script>",
                "https://www.metro-example.com/2023/11/08/council-race-results/");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2023, 11, 8));
        assertThat(p.published().zone().getTotalSeconds()).isEqualTo(-6 * 3600);
    }

    @Test
    void aScriptTimeOfAnotherInstantLeavesTheUtcDay() {
        Page p = page("en", "<meta property=\"article:published_time\" content=\"2023-11-09T05:30:59+00:00\">"
                + "<script>var ads = {refreshed: '2023-11-08T21:00:00-06:00'};</script>",
                "https://news.example.com/story");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2023, 11, 9));
    }

    @Test
    void anArchivedCopyIsDatedByTheOriginalAddressNotTheCapture() {
        Page p = page("de", "", "https://web.archive.org/web/20160218174457/http://blog.example.de/2010/05/19/literatur/");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2010, 5, 19));
    }

    @Test
    void datePublishedOfAnyJsonLdObjectIsReadWhenNothingElseDates() {
        Page p = page("de", "<script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"Tischdecke\","
                + "\"datePublished\":\"2022-01-10T22:06:08:684Z\"}</script>", null);
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2022, 1, 10));
    }

    private static LocalDate dateOf(String body) {
        Page p = HtmlPage.read("<html lang=\"de\"><head></head><body>" + body + "</body></html>", null);
        return p.published() == null ? null : p.published().date();
    }

    @Test
    void anRdfaDateCreatedDatesThePage() {
        assertThat(dateOf("<article typeof=\"schema:Article\"><span property=\"schema:dateCreated\" "
                + "content=\"2022-01-28T12:45:46+01:00\"></span><p>Der Umsatz stieg im vergangenen Jahr deutlich an.</p></article>"))
                .isEqualTo(LocalDate.of(2022, 1, 28));
    }

    @Test
    void aTwoDigitYearCountsInADateLineOnlyWhenNoFullYearIsThere() {
        String article = "<p>Die Gemeinde baut im Sommer eine neue Brücke über den Bach am Ortsrand.</p>";
        assertThat(dateOf("<div class=\"article-meta\">Von: Anna Beispiel | 31.10.23</div>" + article))
                .isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(dateOf("<div class=\"event-date\">19.1.23, 10:00 Uhr</div><div class=\"post-date\">20.12.2022</div>" + article))
                .isEqualTo(LocalDate.of(2022, 12, 20));
        assertThat(dateOf("<div class=\"version-info\">Version 13.1.1</div>" + article)).isNull();
    }

    @Test
    void aParagraphThatOpensWithItsDateDatesThePage() {
        assertThat(dateOf("<div class=\"copytext\"><p>01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte die "
                + "Vorsitzende am Dienstag in Nürnberg. Die Zahl der Arbeitslosen sank im Januar im Vergleich zum Vorjahr deutlich, "
                + "die Nachfrage nach Arbeitskräften bleibt hoch.</p></div>")).isEqualTo(LocalDate.of(2022, 2, 1));
    }

    @Test
    void anAppsInlineScriptDataDatesAPageWithoutMetadata() {
        String state = "<script>window.__NUXT__={\"article\":{\"slug\":\"banjir-sukamaju\",\"publicationDate\":"
                + "\"2022-01-31T14:27:32+01:00\",\"updatedAt\":\"2022-02-02T09:00:00+01:00\"}}</script>";
        assertThat(dateOf(state + "<p>Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak.</p>"))
                .isEqualTo(LocalDate.of(2022, 1, 31));
        String escaped = "<script>var shop = JSON.parse(\"{\\\"title\\\":\\\"Kopi Gayo\\\",\\\"published_at\\\":"
                + "\\\"2019-03-02T06:22:28+01:00\\\"}\");</script>";
        assertThat(dateOf(escaped + "<p>Kopi Gayo dipetik di ketinggian 1.400 meter.</p>")).isEqualTo(LocalDate.of(2019, 3, 2));
        String review = "<script type=\"application/json\" data-initial-state=\"review-dates\">{\"publishedDate\":"
                + "\"2016-11-04T20:37:27Z\",\"updatedDate\":\"2016-11-05T08:00:00Z\"}</script>";
        assertThat(dateOf(review + "<p>Paket sayurnya segar dan kurirnya datang tepat waktu.</p>")).isEqualTo(LocalDate.of(2016, 11, 4));
        assertThat(dateOf("<script>var build = {\"version\": \"2.3.1\", \"updatedAt\": \"2022-02-02\"};</script>"
                + "<p>Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak.</p>")).isNull();
    }

    @Test
    void aDayFirstDateAsTheAddressesLastSegmentDatesThePage() {
        Page p = page("de", "", "https://verein.example.de/meldungen/29-10-2021");
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2021, 10, 29));
        assertThat(page("de", "", "https://verein.example.de/produkte/artikel-12-34-5678").published()).isNull();
    }

    @Test
    void aCyrillicMonthNameInADateLineIsRead() {
        assertThat(dateOf("<p class=\"date\">15 августа 2016, 13:43</p><p>Подольски перешёл в новый клуб.</p>"))
                .isEqualTo(LocalDate.of(2016, 8, 15));
        assertThat(dateOf("<span class=\"date\">3 березня 2021</span><p>Новини дня.</p>")).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void aCommentsDateDoesNotDateTheArticle() {
        String article = "<div class=\"news-date\">Diposting 29.11.2022</div><p>Harga gabah naik menjelang musim tanam.</p>";
        String comment = "<div class=\"comment\"><span class=\"comment-date\">02.12.2022, 15:57</span><p>Setuju!</p></div>";
        assertThat(dateOf("<p>Harga gabah naik menjelang musim tanam.</p>" + comment)).isNull();
        assertThat(dateOf(comment + article)).isEqualTo(LocalDate.of(2022, 11, 29));
    }

    @Test
    void aLinkedTitleWithADateIsAnotherPagesButALinkedBareDateIsThisOnes() {
        String menu = "<ul><li><a href=\"/regelungen\">Gemeinsame Vergütungsregelungen (zum 28.02.2017 gekündigt)</a></li></ul>";
        assertThat(dateOf(menu + "<p>Der Verband begrüßt die Entscheidung des Gerichts ausdrücklich.</p>")).isNull();
        assertThat(dateOf(menu + "<p>Veröffentlichung: <a href=\"/music/\">04.02.2022</a></p>"))
                .isEqualTo(LocalDate.of(2022, 2, 4));
    }

    @Test
    void aMenusDatesAreOtherPagesAndARangeOfDaysIsDatedByItsFirst() {
        String menu = "<ul class=\"sub\"><li><a href=\"/laporan/1\">Pekan 31 Desember 2021-06 Januar 2022</a></li>"
                + "<li><a href=\"/laporan/2\">Pekan 07-13 Januar 2022</a></li><li><a href=\"/laporan/3\">Pekan 14-20 Januar 2022</a></li></ul>";
        String report = "<h1>Laporan mingguan 14. - 20. Januar 2022</h1>"
                + "<p>Salju turun tipis di lereng utara sepanjang pekan, angin kencang dari barat daya.</p>";
        assertThat(dateOf(menu + report)).isEqualTo(LocalDate.of(2022, 1, 14));
        // an ISO date before a word is no range
        assertThat(dateOf("<p class=\"x\">2022-01-14 Berlin</p>" + report.substring(report.indexOf("<p>")))).isEqualTo(LocalDate.of(2022, 1, 14));
    }

    @Test
    void aDatelineBeforeABarOpensAParagraph() {
        assertThat(dateOf("<div class=\"teaser-text\"><p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die Ministerin hat "
                + "heute gemeinsam mit den Vereinten Nationen ein neues Programm gegen Hunger vorgestellt, das in zwölf Ländern "
                + "beginnt.</p></div>")).isEqualTo(LocalDate.of(2022, 1, 25));
    }

    @Test
    void aReviewNestedInARecipeIsNotThePagesArticle() {
        String recipe = "<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@type\":\"Recipe\","
                + "\"name\":\"Kue lapis\",\"review\":[{\"@type\":\"Review\",\"reviewBody\":\"Enak sekali\","
                + "\"datePublished\":\"2020-04-12\"}],\"datePublished\":\"2006-10-10\"}</script>";
        assertThat(page("id", recipe, null).published().date()).isEqualTo(LocalDate.of(2006, 10, 10));
    }

    @Test
    void theHeadsPublicationTimeWinsOverAJsonLdThatDisagreesAndTakesItsOffsetWhenTheyAgree() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Banjir\","
                + "\"datePublished\":\"2021-12-06T14:36:00+01:00\"}</script>";
        Page disagree = page("de", "<meta property=\"article:published_time\" content=\"2022-12-15T09:13:00\">" + ld, null);
        assertThat(disagree.published().date()).isEqualTo(LocalDate.of(2022, 12, 15));
        Page agree = page("de", "<meta property=\"article:published_time\" content=\"2021-12-06T14:36:00\">" + ld, null);
        assertThat(agree.published().toString()).isEqualTo("2021-12-06T14:36+01:00");
    }

    @Test
    void aDateWidgetWithDayMonthAndYearInElementsOfTheirOwnIsRead() {
        assertThat(dateOf("<div class=\"datum\"><span class=\"monat\">Feb</span> <span class=\"tag\">18</span>"
                + "<span class=\"jahr\">2009</span></div><p>Heute war ich wieder im Garten und habe die Beete umgegraben.</p>"))
                .isEqualTo(LocalDate.of(2009, 2, 18));
        assertThat(dateOf("<div class=\"post-date\"><span class=\"day\">07</span><span class=\"month\">Desember</span>"
                + "<span class=\"year\">2024</span></div><p>Warga Desa Sukamaju memperbaiki saluran irigasi.</p>"))
                .isEqualTo(LocalDate.of(2024, 12, 7));
    }

    @Test
    void aDateLineTypesetWithThinSpacesIsRead() {
        assertThat(dateOf("<h1>Kohlmann nominiert zwei Neulinge</h1><p class=\"x\">4.\u2009" + "2.\u20092022.</p>"
                + "<p>Der Teamchef hat am Freitag seine Mannschaft für die Qualifikation benannt.</p>"))
                .isEqualTo(LocalDate.of(2022, 2, 4));
    }

    @Test
    void aPageThatOnlySaysWhenItWasUpdatedIsDatedByThatDay() {
        String article = "<p>Pemerintah kabupaten membuka pendaftaran bantuan benih bagi petani di lima kecamatan.</p>";
        assertThat(dateOf("<div class=\"info\">Terakhir diperbarui: Rabu, 26 November 2025 10:15 WIB</div>" + article))
                .isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(dateOf("<p class=\"stand\">Aktualisiert: 30.12.2016</p>" + article)).isEqualTo(LocalDate.of(2016, 12, 30));
        Page updatedOnly = page("en", "<meta itemprop=\"dateModified\" content=\"06/13/2019\">", null);
        assertThat(updatedOnly.published().date()).isEqualTo(LocalDate.of(2019, 6, 13));
        // the reader is told the publication day is the update's
        assertThat(updatedOnly.warnings()).extracting(w -> w.code()).contains("published-from-update");
        assertThat(page("en", "<meta property=\"article:published_time\" content=\"2019-06-10T08:00:00Z\">"
                + "<meta itemprop=\"dateModified\" content=\"06/13/2019\">", null).warnings()).extracting(w -> w.code())
                .doesNotContain("published-from-update");
        // the publication day wins where the page gives it
        assertThat(dateOf("<div class=\"info\">Diperbarui 27 November 2025</div><div class=\"x\">Diterbitkan 24 November 2025</div>"
                + article)).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    @Test
    void theAddressesDateWinsOverAPublicationTimeDaysAwayButNotOverOneInAnotherTimeZone() {
        String republished = "<meta property=\"article:published_time\" content=\"2019-06-17T18:28:00+07:00\">";
        assertThat(page("id", republished, "https://www.warta-contoh.id/home/2017/7/12/banjir-sukamaju").published().date())
                .isEqualTo(LocalDate.of(2017, 7, 12));
        String lateEvening = "<meta property=\"article:published_time\" content=\"2022-05-03T01:10:00+07:00\">";
        assertThat(page("id", lateEvening, "https://www.warta-contoh.id/berita/2022/05/02/harga-gabah").published().date())
                .isEqualTo(LocalDate.of(2022, 5, 3));
    }

    @Test
    void aPublicationDayThePageShowsAsItsOwnStandsAgainstAnOlderAddress() {
        String head = "<meta property=\"article:published_time\" content=\"2024-03-09T06:00:00+07:00\">";
        String url = "https://www.warta-contoh.id/daerah/2024/03/02/jadwal-libur-sekolah";
        String byline = "<div class=\"penulis\">Rina Kusuma <time datetime=\"2024-03-09T06:00:00+07:00\">9 Maret 2024</time></div>";
        assertThat(HtmlPage.read("<html lang=\"id\"><head>" + head + "</head><body>" + byline + BODY.substring(6), url)
                .published().date()).isEqualTo(LocalDate.of(2024, 3, 9));
        // the same day shown only for a related article, or without its year, leaves the address its day
        String related = "<aside class=\"related-posts\"><p>9 Maret 2024</p></aside>";
        assertThat(HtmlPage.read("<html lang=\"id\"><head>" + head + "</head><body>" + related + BODY.substring(6), url)
                .published().date()).isEqualTo(LocalDate.of(2024, 3, 2));
        String noYear = "<div class=\"penulis\"><time datetime=\"2024-03-09\">9 Mar</time></div>";
        assertThat(HtmlPage.read("<html lang=\"id\"><head>" + head + "</head><body>" + noYear + BODY.substring(6), url)
                .published().date()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void aBareMetaDateCountsOnlyWhenThePageShowsNoDate() {
        String shown = "<div class=\"news-single-timedata\">05.02.2020 - Redaksi: Rina Kusuma</div>"
                + "<p>Koperasi nelayan di Pantai Sukamaju menggelar pelatihan pengolahan ikan asap.</p>";
        assertThat(HtmlPage.read("<html lang=\"id\"><head><meta name=\"date\" content=\"2020-02-12\"></head><body>" + shown
                + "</body></html>", null).published().date()).isEqualTo(LocalDate.of(2020, 2, 5));
        assertThat(page("id", "<meta name=\"date\" content=\"2020-02-12\">", null).published().date())
                .isEqualTo(LocalDate.of(2020, 2, 12));
    }

    @Test
    void aCarouselsCardsDateOtherPagesNotThisOne() {
        String article = "<p>Petani garam di pesisir utara menunda panen karena hujan turun hampir setiap sore sepekan ini.</p>";
        String carousel = "<div class=\"swiper-container\"><div class=\"swiper-slide\"><article><h2><a href=\"/a\">Harga cabai naik</a></h2>"
                + "<span class=\"card__date\">01. Juli 2020</span></article></div></div>";
        assertThat(dateOf(carousel + article)).isNull();
        String reviews = "<div class=\"ratings\" data-slider><div class=\"rating slide\"><div class=\"rating-details\">"
                + "Ulasan pelanggan 02.05.2020 pukul 08.11</div><q>Cepat dan mudah</q></div></div>";
        assertThat(dateOf("<div class=\"ratings-slider\">" + reviews + "</div>" + article)).isNull();
        String own = "<div class=\"article-meta\"><span class=\"date\">18. März 2020</span></div>";
        assertThat(dateOf(carousel + own + article)).isEqualTo(LocalDate.of(2020, 3, 18));
    }

    @Test
    void aDateLabelledAsTheLastChangeOrShownForARelatedArticleDoesNotDateThePage() {
        String article = "<p>Dinas kesehatan membuka posko vaksinasi keliling di tiga desa pesisir selama sepekan.</p>";
        String changed = "<div class=\"timestamp\"><h4 class=\"timestamp__title\">Terakhir diperbarui:</h4>"
                + "<ul class=\"timestamp-list\"><li class=\"timestamp-list__item\">15.10.2021</li></ul></div>";
        String published = "<div class=\"eventbox\"><span>Diterbitkan:</span><h2>13.10.2021</h2></div>";
        assertThat(dateOf(changed + published + article)).isEqualTo(LocalDate.of(2021, 10, 13));
        String related = "<aside class=\"related-posts\"><div><a href=\"/berita/banjir\">Banjir di hulu sungai</a>"
                + "<span class=\"post-date\">01.07.2020</span></div></aside>";
        assertThat(dateOf(related + "<div class=\"x\"><p>18.03.2020</p></div>" + article)).isEqualTo(LocalDate.of(2020, 3, 18));
        // a blog post filed under the category "Komentar" (an opinion piece) is not a comment
        assertThat(dateOf(related + "<div class=\"post hentry category-komentar tag-banjir\"><div class=\"meta\">"
                + "<div class=\"date\">2. Agustus 2012</div></div>" + article + "</div>")).isEqualTo(LocalDate.of(2012, 8, 2));
    }

    @Test
    void jsonLdWrappedInACdataSectionIsRead() {
        String jsonLd = "<script type=\"application/ld+json\">\n<![CDATA[\n{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Article\",\"name\":\"Sungai Citarum\",\"datePublished\":\"2004-03-11T08:15:02Z\","
                + "\"dateModified\":\"2025-06-09T10:01:44Z\"}\n]]>\n</script>";
        String footer = "<div id=\"footer-info-lastmod\">Halaman ini terakhir diperbarui pada 9 Juni 2025, pukul 10.01.</div>";
        Page wiki = read(jsonLd, "<p>Sungai Citarum adalah sungai terpanjang di Jawa Barat yang mengalir ke Laut Jawa.</p>" + footer);
        assertThat(wiki.published().date()).isEqualTo(LocalDate.of(2004, 3, 11));
        assertThat(wiki.modified().date()).isEqualTo(LocalDate.of(2025, 6, 9)); // only the article object gives it
        String commented = "<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2021-08-02T09:00:00+07:00\"}\n//]]></script>";
        assertThat(dateOf(commented + "<p>Warga Sukamaju menanam seribu bibit mangrove di pesisir utara.</p>"))
                .isEqualTo(LocalDate.of(2021, 8, 2));
    }

    @Test
    void aLastChangeNamedAfterAFewWordsIsNoPublicationDate() {
        String article = "<p>Sungai Citarum adalah sungai terpanjang di Jawa Barat yang mengalir ke Laut Jawa.</p>";
        assertThat(dateOf("<div class=\"page-info\">This page was last edited on 9 June 2025, at 10:01.</div>"
                + "<div class=\"x\"><span>12 Mei 2025</span></div>" + article)).isEqualTo(LocalDate.of(2025, 5, 12));
        // without the marker of the last change the words before are no label: the date is the publication's
        Page unlabelled = read("", "<div class=\"page-info\">Laporan ini edited 9 Juni 2025</div>" + article);
        assertThat(unlabelled.published().date()).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(unlabelled.warnings()).extracting(w -> w.code()).doesNotContain("published-from-update");
        Page labelled = read("", "<div class=\"page-info\">This page was last edited on 9 June 2025</div>" + article);
        assertThat(labelled.warnings()).extracting(w -> w.code()).contains("published-from-update");
    }

    @Test
    void whenTheHeadAndJsonLdDisagreeTheDayThePageShowsDecides() {
        String body = "<article><h1>Parlemen gagal memakzulkan presiden setelah fraksi walk out</h1>"
                + "<div class=\"article-meta\"><time datetime=\"2024-12-07T12:43:39Z\">Jumat, 6 Desember 2024 22:00 WIB"
                + " | Diperbarui Sabtu, 7 Desember 2024 12:43 WIB</time></div>"
                + "<p>Sidang paripurna ditutup tanpa kuorum setelah sebagian besar anggota fraksi meninggalkan ruangan.</p>"
                + "</article>";
        String rewritten = "<meta property=\"article:published_time\" content=\"2024-12-07T12:43:39+07:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-12-06T22:00:40+07:00\","
                + "\"dateModified\":\"2024-12-07T12:43:39+07:00\"}</script>";
        assertThat(read(rewritten, body).published().date()).isEqualTo(LocalDate.of(2024, 12, 6));
        // an SEO plugin's JSON-LD day that the page shows nowhere leaves the head's
        String pluginWrong = rewritten.replace("2024-12-06T22:00:40", "2024-11-28T09:00:00");
        assertThat(read(pluginWrong, body).published().date()).isEqualTo(LocalDate.of(2024, 12, 7));
    }

    @Test
    void aPageThatShowsOnlyTheDayOfItsLastChangeIsDatedByIt() {
        String head = "<meta property=\"article:published_time\" content=\"2023-03-02T09:15:00+07:00\">"
                + "<meta property=\"article:modified_time\" content=\"2023-05-10T14:20:00+07:00\">";
        String article = "<p>Petani garam di pesisir Sukamaju mulai memakai rumah prisma agar tetap panen di musim hujan.</p>";
        String byline = "<div class=\"byline\"><span class=\"author\">Rina Kusuma</span> <span>Rabu, 10 Mei 2023</span></div>";
        Page republished = read(head, "<article><h1>Garam prisma</h1>" + byline + article + "</article>");
        assertThat(republished.published().date()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(republished.modified().date()).isEqualTo(LocalDate.of(2023, 5, 10));
        // a machine timestamp written out as text is markup, not a day shown to readers
        String stamps = "<span class=\"sr-only\"><time itemprop=\"datePublished\" datetime=\"2023-03-02T09:15:00+07:00\">"
                + "2023-03-02T09:15:00+07:00</time><time itemprop=\"dateModified\" datetime=\"2023-05-10T14:20:00+07:00\">"
                + "2023-05-10T14:20:00+07:00</time></span>";
        assertThat(read("", "<article>" + stamps + "<p class=\"meta\">Jakarta, 10.05.2023, 058/23</p>" + article + "</article>")
                .published().date()).isEqualTo(LocalDate.of(2023, 5, 10));
        // the page calls the day it shows an update: the publication stands
        assertThat(read(head, "<article><h1>Garam prisma</h1><div class=\"byline\">Rina Kusuma | <span>Diperbarui</span> "
                + "<span>Rabu, 10 Mei 2023</span></div>" + article + "</article>").published().date()).isEqualTo(LocalDate.of(2023, 3, 2));
        assertThat(read(head, "<article><div class=\"byline\">Updated <time>May 10, 2023</time></div>" + article + "</article>")
                .published().date()).isEqualTo(LocalDate.of(2023, 3, 2));
        // the page shows the publication day too
        assertThat(read(head, "<article>" + byline + "<p class=\"x\">Terbit 2 Maret 2023</p>" + article + "</article>")
                .published().date()).isEqualTo(LocalDate.of(2023, 3, 2));
        // the day stands only in a linked title of another article, or under a comment
        assertThat(read(head, "<article>" + article + "</article><ul class=\"populer\"><li><a href=\"/garam\">Harga garam naik"
                + " lagi per 10 Mei 2023</a></li></ul><ol class=\"comments\"><li><span>10 Mei 2023</span> Mantap</li></ol>")
                .published().date()).isEqualTo(LocalDate.of(2023, 3, 2));
    }

    @Test
    void theDateLineByTheHeadlineWinsOverATeaserCardsDateElement() {
        String article = "<p>Perajin kayu di Jepara kini memotong papan jati mengikuti garis pensil dengan gergaji meja.</p>";
        String card = "<div class=\"grid\"><a href=\"/tips/lem\"><img src=\"/lem.jpg\" alt=\"\"></a>"
                + "<div class=\"infos\"><p>06 Agustus 2020 // Tips</p></div><h3>Lem kayu yang tahan air</h3></div>";
        assertThat(dateOf("<div class=\"pembuka\"><p class=\"kicker\">21 Jan 2022 // Rina Kusuma</p>"
                + "<h1>Memotong lurus mengikuti garis di gergaji meja</h1></div>" + article + card)).isEqualTo(LocalDate.of(2022, 1, 21));
        // a line by the headline that names the last change is no publication date
        assertThat(dateOf("<div class=\"pembuka\"><h1>Memotong lurus mengikuti garis di gergaji meja</h1>"
                + "<p>Terakhir diperbarui 21 Jan 2022</p></div><div class=\"post-date\">3 Januar 2022</div>" + article))
                .isEqualTo(LocalDate.of(2022, 1, 3));
    }

    @Test
    void aHeadPublicationTimeShownNowhereGivesWayToTheDayThePagesTimeElementShows() {
        String imported = "<meta property=\"article:published_time\" content=\"2022-11-17T10:33:13Z\">";
        String article = "<p>Pompa kalor cocok untuk rumah lama bila dinding dan atapnya sudah diberi lapisan penahan panas.</p>";
        String hero = "<div class=\"hero\"><h1>Pompa kalor di rumah lama</h1><span class=\"label\">Panduan</span>"
                + "<time datetime=\"2022-03-09\">09.03.2022</time></div>";
        assertThat(read(imported, hero + article).published().date()).isEqualTo(LocalDate.of(2022, 3, 9));
        // the page shows the head's day too: the head stands
        assertThat(read(imported, hero + article + "<p class=\"footer-note\">Diunggah 17.11.2022</p>").published().date())
                .isEqualTo(LocalDate.of(2022, 11, 17));
        // the first <time> shows no day of its own (8 jam): the head stands
        assertThat(read(imported, "<span class=\"posted\"><time datetime=\"2022-11-17T02:00:00Z\">8 jam</time></span>"
                + article + "<ul class=\"more\"><li><time datetime=\"2022-11-09\">9 November 2022</time></li></ul>")
                .published().date()).isEqualTo(LocalDate.of(2022, 11, 17));
    }

    @Test
    void aUtcTimeThePageShowsOnItsUtcDayKeepsThatDayButALocalMidnightIsTheLocalDay() {
        String shownUtc = "<article><time class=\"entry-date published\" datetime=\"2019-12-26T23:07:45+00:00\">26/12/2019</time>"
                + "<p>Tim robotik SMK Sukamaju meraih juara pertama dalam lomba tingkat provinsi di Bandung.</p></article>";
        assertThat(read("", shownUtc).published().date()).isEqualTo(LocalDate.of(2019, 12, 26));
        // the same time shown nowhere is read on the Jakarta day
        assertThat(read("<meta property=\"article:published_time\" content=\"2019-12-26T23:07:45+00:00\">",
                "<p>Tim robotik SMK Sukamaju meraih juara pertama dalam lomba tingkat provinsi di Bandung.</p>")
                .published().date()).isEqualTo(LocalDate.of(2019, 12, 27));
        // a day entered without a time, stored as the UTC instant of local midnight and shown by a site built in UTC
        String midnight = "<article><time class=\"article-date\" datetime=\"2022-11-06T17:00:00.000Z\">6.11.22</time>"
                + "<p>Pemandu wisata di Lembah Baliem menyiapkan paket pendakian baru untuk musim liburan.</p></article>";
        assertThat(read("", midnight).published().date()).isEqualTo(LocalDate.of(2022, 11, 7));
    }

    @Test
    void aNumberedQuestionNamingADateIsNoDateLine() {
        String faq = "<h3>2. Tarif apa saja yang berlaku sejak 1 Oktober 2022 untuk pelanggan gas rumah tangga?</h3>"
                + "<p>Pelanggan rumah tangga membayar tarif baru mulai bulan depan, kata juru bicara perusahaan.</p>"
                + "<div class=\"x\"><span>21 November 2022</span></div>";
        assertThat(dateOf(faq)).isEqualTo(LocalDate.of(2022, 11, 21));
    }

    @Test
    void aParagraphOpeningWithADateInBracketsIsDatedByIt() {
        assertThat(dateOf("<p>(21 November 2022) Pelanggan gas rumah tangga menerima pemberitahuan kenaikan tarif dari "
                + "perusahaan penyalur; lembaga konsumen menjelaskan hak mereka untuk menolak dan mengajukan keberatan.</p>"))
                .isEqualTo(LocalDate.of(2022, 11, 21));
    }

    @Test
    void aBibliographicReferenceDatesTheWorkItCitesNotThePage() {
        String article = "<p>Peneliti Institut Teknologi Sukamaju menemukan gugus helium di dalam inti atom timah yang kaya neutron.</p>";
        String reference = "<p>Rina Kusuma, Budi Santoso et al.:<br><b><a href=\"https://doi.org/10.1126/sains.abc1234\">Gugus alfa "
                + "dalam materi neutron</a>.</b><br>Dalam: <i>Sains</i>; Vol. 371, Issue 6526, pp. 260 - 264, 15 Januari 2021, "
                + "DOI 10.1126/sains.abc1234</p>";
        assertThat(dateOf(article + reference + "<div class=\"x\"><span>17.01.2021</span></div>")).isEqualTo(LocalDate.of(2021, 1, 17));
        assertThat(dateOf(article + "<p>Sumber: Jurnal Fisika Nusantara, diakses 3 Maret 2024</p>")).isNull();
    }

    @Test
    void aLabelOfTheLastChangeSetInBoldBeforeTheDateMarksItAnUpdate() {
        String article = "<p>Peneliti Institut Teknologi Sukamaju menemukan gugus helium di dalam inti atom timah yang kaya neutron.</p>";
        Page updatedOnly = read("", article + "<p><b>Diperbarui </b>17.01.2021.</p>");
        assertThat(updatedOnly.published().date()).isEqualTo(LocalDate.of(2021, 1, 17));
        assertThat(updatedOnly.warnings()).extracting(w -> w.code()).contains("published-from-update");
        assertThat(dateOf(article + "<p><b>Diperbarui </b>17.01.2021.</p><div class=\"x\"><span>12.01.2021</span></div>"))
                .isEqualTo(LocalDate.of(2021, 1, 12));
    }

    @Test
    void aLastChangeLabelledInALineOfLabelsAndValuesIsNoPublicationDate() {
        String article = "<p>Langkah dasar tari saman diajarkan dalam empat hitungan, dimulai dari posisi duduk berlutut.</p>";
        String pageInfo = "<div id=\"page-info\">revisi halaman: 8, terakhir diperbarui: "
                + "<span class=\"odate\">17 Jun 2018 15:15</span></div>";
        Page updatedOnly = read("", article + pageInfo);
        assertThat(updatedOnly.published().date()).isEqualTo(LocalDate.of(2018, 6, 17));
        assertThat(updatedOnly.warnings()).extracting(w -> w.code()).contains("published-from-update");
        assertThat(dateOf(article + pageInfo + "<div class=\"x\"><span>23 Maret 2008</span></div>"))
                .isEqualTo(LocalDate.of(2008, 3, 23));
        // a date the separators cut stands: the line is read whole
        assertThat(dateOf("<div class=\"post-info\">Montag, 14. September 2022, 10:15 Uhr</div>" + article))
                .isEqualTo(LocalDate.of(2022, 9, 14));
        // a line that gives the publication first is dated by it
        assertThat(dateOf("<div class=\"post-info\">Diterbitkan 3 Mei 2024 | Diperbarui 5 Mei 2024</div>" + article))
                .isEqualTo(LocalDate.of(2024, 5, 3));
    }

    private static Page read(String head, String body) {
        return HtmlPage.read("<html lang=\"id\"><head>" + head + "</head><body>" + body + "</body></html>", null);
    }

    @Test
    void aCommentsTimeElementDoesNotDateTheArticle() {
        String article = "<article class=\"post\"><p>Diterbitkan 16.08.2019</p><p>Episode kali ini membahas reaktor fusi "
                + "yang dibangun para peneliti di Bandung.</p></article>";
        String comments = "<ol class=\"comment-list\"><li class=\"comment\"><article class=\"comment-body\">"
                + "<footer class=\"comment-meta\"><div class=\"comment-metadata\"><a href=\"#comment-13\">"
                + "<time datetime=\"2019-08-24T03:36:11+07:00\">24 Agustus 2019 pukul 03.36</time></a></div></footer>"
                + "<p>Mantap, ditunggu episode berikutnya!</p></article></li></ol>";
        assertThat(dateOf(article + comments)).isEqualTo(LocalDate.of(2019, 8, 16));
    }

    @Test
    void aSentenceThatMentionsADateIsNotADateLine() {
        String article = "<p>Redaksi menerima naskah cerpen dari pembaca di seluruh Nusantara setiap bulan.</p>";
        assertThat(dateOf("<p>Edisi berikutnya akan terbit pada 6 November 2023.</p>" + article)).isNull();
        assertThat(dateOf("<p>Edisi berikutnya akan terbit pada 6 November 2023.</p><p>Terbit: 01.11.2023</p>" + article))
                .isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(dateOf("<p>Siaran pers 25 Januari 2022.</p>" + article)).isEqualTo(LocalDate.of(2022, 1, 25));
    }

    @Test
    void aRelatedArticlesTimeDeepInItsCardDoesNotDateThePage() {
        String related = "<ul class=\"related-posts\"><li class=\"related post-hover\"><article class=\"post\">"
                + "<div class=\"related-inner\"><h4><a href=\"/konser-amal\">Konser amal di alun-alun</a></h4>"
                + "<div class=\"post-meta\"><p class=\"post-date\"><time class=\"published\" datetime=\"2020-12-03 07:32:49\">"
                + "3 Desember 2020</time></p></div></div></article></li></ul>";
        assertThat(dateOf("<div class=\"entry-meta\"><span class=\"x\">31.10.2023</span></div>"
                + "<p>Teater kota mendapat direktur baru setelah sepuluh tahun kepemimpinan yang sama.</p>" + related))
                .isEqualTo(LocalDate.of(2023, 10, 31));
    }

    @Test
    void theWitnessThatDatedThePageIsNamed() {
        String line = "<html lang=\"id\"><head>%s</head><body><p>Jakarta, 01.11.2023</p>" + BODY.substring(6);
        assertThat(HtmlPage.dateWitness(line.formatted(""), null)).isEqualTo("date-line");
        assertThat(HtmlPage.dateWitness(line.formatted("<meta property=\"article:published_time\" content=\"2023-10-31\">"),
                null)).isEqualTo("meta");
        assertThat(HtmlPage.dateWitness("<html><body><p>Tanpa tanggal.</p></body></html>", null)).isNull();
    }

    @Test
    void theSitesClockInItsHeaderDoesNotDateThePage() {
        String article = "<p>Pemerintah kabupaten meresmikan jembatan gantung baru yang menghubungkan dua desa di tepi sungai.</p>";
        String clock = "<div class=\"topbar\"><span id=\"uhr\">Kamis, 16 Februar 2012</span></div>";
        assertThat(dateOf(clock + "<div class=\"artikel\"><span>14. Februar 2012</span></div>" + article))
                .isEqualTo(LocalDate.of(2012, 2, 14));
        assertThat(dateOf("<div class=\"header-date today\">Kamis, 16.02.2012</div>" + article)).isNull();
        assertThat(dateOf("<div class=\"post-date\"><i class=\"fa fa-clock\"></i> 14.02.2012</div>" + article))
                .isEqualTo(LocalDate.of(2012, 2, 14));
    }

    @Test
    void theDayInTheSitesMastheadBesideItsNavigationDoesNotDateThePage() {
        String masthead = "<header><h1><a href=\"/\" class=\"logo\">Suara Pesisir</a></h1>"
                + "<span class=\"site-date\"><span>Rabu, </span>26.02.2020</span><nav><a href=\"/daerah\">Daerah</a>"
                + "<a href=\"/ekonomi\">Ekonomi</a></nav></header>";
        String article = "<p>Nelayan di Teluk Sumbreng kembali melaut setelah gelombang tinggi mereda sejak akhir pekan.</p>";
        assertThat(dateOf(masthead + "<div class=\"x\"><p>01.05.2017</p></div>" + article)).isEqualTo(LocalDate.of(2017, 5, 1));
        // the article's own header, in the page's main part, may hold its breadcrumb navigation
        assertThat(dateOf("<main><header class=\"heading\"><nav class=\"breadcrumb\"><a href=\"/\">Beranda</a></nav>"
                + "<span class=\"heading-date\">12.11.2021</span></header>" + article + "</main>"))
                .isEqualTo(LocalDate.of(2021, 11, 12));
        // a blog's hero header holds the navigation and the post's title with its date
        assertThat(dateOf("<header class=\"hero\"><nav><a href=\"/\">Beranda</a></nav><h1 class=\"entry-title\">"
                + "Jaga kebersihan pantai kita</h1><time class=\"date published\">23 Februari 2020</time></header>" + article))
                .isEqualTo(LocalDate.of(2020, 2, 23));
    }

    @Test
    void aLabelledPublicationDayDatesThePageWhereverItStands() {
        String article = "<p>Kumpulan cerpen terbaru Laras Widuri menyusuri kampung-kampung nelayan di pesisir utara Jawa.</p>";
        StringBuilder lines = new StringBuilder(); // more numbered lines than the date-line scan reads
        for (int i = 1; i <= 400; i++) lines.append("<li>Catatan ").append(i).append("</li>");
        String footer = "<p class=\"footer\">Perubahan terakhir: 31.10.2023 - 14:49:39<br>Diterbitkan: 01.11.2023<br>"
                + "Dibaca: 61</p>";
        assertThat(dateOf(article + "<ul>" + lines + "</ul>" + footer)).isEqualTo(LocalDate.of(2023, 11, 1));
        // a label alone, the day in the next element; and it wins over a bare meta date (a CMS's last edit)
        String eventbox = "<div class=\"eventbox\"><span class=\"eventbox-sub\">Erschienen am:</span>"
                + "<h2 class=\"eventbox-headline\">13.10.2021</h2></div>";
        assertThat(HtmlPage.read("<html lang=\"de\"><head><meta name=\"date\" content=\"2021-10-15\"></head><body>" + eventbox
                + article + "</body></html>", null).published().date()).isEqualTo(LocalDate.of(2021, 10, 13));
        // the label going on with a word is no label; a reader's comment is not the article
        assertThat(HtmlPage.dateWitness("<html><body>" + article + "<p>Terbitan pertama 12.03.2020 di Yogyakarta</p></body></html>",
                null)).isEqualTo("date-line");
        assertThat(dateOf(article + "<div class=\"comment-body\"><p>Diterbitkan 02.11.2023</p></div>")).isNull();
    }

    @Test
    void aDateLineSetWithBarsDatesThePage() {
        assertThat(dateOf("<table class=\"subline\"><tr><td>26 | 01 | 2022 </td><td class=\"categories\">Schweiz | Praxis</td>"
                + "</tr></table><p>Im Winter sind die Möglichkeiten zu fischen begrenzter als in der warmen Jahreszeit.</p>"))
                .isEqualTo(LocalDate.of(2022, 1, 26));
    }
}
