package id.warta.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.ingest.FeedEntry.Kind;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
              <title>Warta Cirebon - Daerah</title>
              <link>https://wartacirebon.id/daerah</link>
              <language>id</language>
              <atom:link href="https://wartacirebon.id/rss/daerah" rel="self" type="application/rss+xml"/>
              <image><url>https://wartacirebon.id/logo.png</url><title>Warta Cirebon</title></image>
              <item>
                <title>Jalan Amblas di Plered,&nbsp;Warga Memutar Lewat Tegalsari</title>
                <link>https://wartacirebon.id/daerah/2026/05/26/jalan-amblas-di-plered</link>
                <pubDate>Tue, 26 May 2026 09:07:00 +0700</pubDate>
                <dc:creator>Siti Rahmawati</dc:creator>
                <description><![CDATA[<img src="https://wartacirebon.id/img/plered.jpg"/> Jalan penghubung Plered dan Weru amblas...]]></description>
              </item>
              <item>
                <title>Harga Cabai &amp; Bawang di Pasar Jagasatru Naik</title>
                <guid isPermaLink="true">https://wartacirebon.id/ekonomi/2026/05/27/harga-cabai</guid>
                <pubDate>Rabu, 27 Mei 2026 10:30 WIB</pubDate>
                <content:encoded><![CDATA[<p>Harga cabai rawit merah di Pasar Jagasatru menembus Rp 95.000 per kilogram.</p>]]></content:encoded>
              </item>
            </channel>
            </rss>
            """;

    @TempDir
    Path dir;

    @Test
    void readsRssItemsWithTheirTitlesLinksAndDates() throws IOException {
        Feed feed = Feeds.read(write("daerah.xml", RSS));

        assertThat(feed.type()).isEqualTo(Feed.Type.RSS);
        assertThat(feed.title()).isEqualTo("Warta Cirebon - Daerah");
        assertThat(feed.problem()).isNull();
        assertThat(feed.entries()).hasSize(2);
        FeedEntry road = feed.entries().get(0);
        assertThat(road.title()).isEqualTo("Jalan Amblas di Plered,\u00A0Warga Memutar Lewat Tegalsari");
        assertThat(road.url()).isEqualTo("https://wartacirebon.id/daerah/2026/05/26/jalan-amblas-di-plered");
        assertThat(road.published().iso()).isEqualTo("2026-05-26T09:07+07:00");
        assertThat(road.outlet()).isEqualTo("Warta Cirebon - Daerah");
        assertThat(road.language()).isEqualTo("id");
        assertThat(road.content()).as("a description is a summary, not the article").isNull();
        assertThat(road.origin().line()).isEqualTo(10);
        FeedEntry chili = feed.entries().get(1);
        assertThat(chili.title()).isEqualTo("Harga Cabai & Bawang di Pasar Jagasatru Naik");
        assertThat(chili.url()).as("a permalink guid stands in for a missing link").isEqualTo("https://wartacirebon.id/ekonomi/2026/05/27/harga-cabai");
        assertThat(chili.published().iso()).isEqualTo("2026-05-27T10:30+07:00");
        assertThat(chili.content().format()).isEqualTo(Format.HTML);
        assertThat(chili.content().text()).startsWith("<p>Harga cabai rawit merah");
    }

    @Test
    void readsRss10() throws IOException {
        Feed feed = Feeds.read(write("rdf.xml", """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://kabarpantura.id/"><title>Kabar Pantura</title></channel>
                  <item rdf:about="https://kabarpantura.id/berita/nelayan-indramayu">
                    <title>Nelayan Indramayu Libur Melaut</title>
                    <link>https://kabarpantura.id/berita/nelayan-indramayu</link>
                    <dc:date>2026-05-25T16:45:00+07:00</dc:date>
                  </item>
                </rdf:RDF>
                """));

        assertThat(feed.type()).isEqualTo(Feed.Type.RSS);
        assertThat(feed.title()).isEqualTo("Kabar Pantura");
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("https://kabarpantura.id/berita/nelayan-indramayu");
            assertThat(e.published().iso()).isEqualTo("2026-05-25T16:45+07:00");
        });
    }

    @Test
    void readsAtomEntriesWithTheirContent() throws IOException {
        Feed feed = Feeds.read(write("atom.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
                  <title>Kabar Pantura</title>
                  <link href="https://kabarpantura.id/"/>
                  <updated>2026-05-27T08:00:00+07:00</updated>
                  <entry>
                    <title type="html">Nelayan Indramayu &lt;em&gt;Libur&lt;/em&gt; Melaut</title>
                    <link rel="enclosure" href="https://kabarpantura.id/img/perahu.jpg"/>
                    <link rel="alternate" href="https://kabarpantura.id/berita/nelayan-indramayu"/>
                    <published>2026-05-25T16:45:00+07:00</published>
                    <updated>2026-05-26T07:00:00+07:00</updated>
                    <author><name>Dedi Kurniawan</name></author>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Gelombang setinggi <b>3 meter</b> &amp; angin kencang.</p></div></content>
                  </entry>
                  <entry>
                    <title>Tarif Tol Palikanci Naik</title>
                    <link href="https://kabarpantura.id/berita/tarif-tol-palikanci"/>
                    <updated>2026-05-27T06:00:00Z</updated>
                    <content type="text">Tarif tol naik mulai Senin.</content>
                  </entry>
                </feed>
                """));

        assertThat(feed.type()).isEqualTo(Feed.Type.ATOM);
        assertThat(feed.title()).isEqualTo("Kabar Pantura");
        FeedEntry fishers = feed.entries().get(0);
        assertThat(fishers.url()).isEqualTo("https://kabarpantura.id/berita/nelayan-indramayu");
        assertThat(fishers.published().iso()).isEqualTo("2026-05-25T16:45+07:00");
        assertThat(fishers.modified().iso()).isEqualTo("2026-05-26T07:00+07:00");
        assertThat(fishers.content().text()).isEqualTo("<div><p>Gelombang setinggi <b>3 meter</b> &amp; angin kencang.</p></div>");
        FeedEntry toll = feed.entries().get(1);
        assertThat(toll.published()).isNull();
        assertThat(toll.modified().iso()).isEqualTo("2026-05-27T06:00Z");
        assertThat(toll.content().format()).isEqualTo(Format.TEXT);
    }

    @Test
    void readsGoogleNewsSitemaps() throws IOException {
        Feed feed = Feeds.read(write("sitemap-news.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
                        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
                  <url>
                    <loc>https://wartacirebon.id/daerah/2026/05/26/jalan-amblas-di-plered</loc>
                    <lastmod>2026-05-26T10:00:00+07:00</lastmod>
                    <image:image><image:loc>https://wartacirebon.id/img/plered.jpg</image:loc><image:title>Foto jalan</image:title></image:image>
                    <news:news>
                      <news:publication><news:name>Warta Cirebon</news:name><news:language>id</news:language></news:publication>
                      <news:publication_date>2026-05-26T09:07:00+07:00</news:publication_date>
                      <news:title>Jalan Amblas di Plered, Warga Memutar Lewat Tegalsari</news:title>
                    </news:news>
                  </url>
                  <url><loc>https://wartacirebon.id/indeks</loc><lastmod>2026-05-27</lastmod></url>
                </urlset>
                """));

        assertThat(feed.type()).isEqualTo(Feed.Type.SITEMAP);
        FeedEntry road = feed.entries().get(0);
        assertThat(road.url()).isEqualTo("https://wartacirebon.id/daerah/2026/05/26/jalan-amblas-di-plered");
        assertThat(road.title()).isEqualTo("Jalan Amblas di Plered, Warga Memutar Lewat Tegalsari");
        assertThat(road.published().iso()).isEqualTo("2026-05-26T09:07+07:00");
        assertThat(road.modified().iso()).isEqualTo("2026-05-26T10:00+07:00");
        assertThat(road.outlet()).isEqualTo("Warta Cirebon");
        assertThat(road.language()).isEqualTo("id");
        FeedEntry index = feed.entries().get(1);
        assertThat(index.title()).isNull();
        assertThat(index.modified().iso()).isEqualTo("2026-05-27");
        assertThat(index.kind()).isEqualTo(Kind.ARTICLE);
    }

    @Test
    void readsGzippedSitemapIndexes() throws IOException {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://wartacirebon.id/sitemap-2026-05.xml.gz</loc><lastmod>2026-05-27T08:00:00+07:00</lastmod></sitemap>
                  <sitemap><loc>https://wartacirebon.id/sitemap-news.xml</loc></sitemap>
                </sitemapindex>
                """;
        Path file = Files.write(dir.resolve("sitemap.xml.gz"), WarcArchive.gzipped(index.getBytes(StandardCharsets.UTF_8)));

        Feed feed = Feeds.read(file);

        assertThat(feed.type()).isEqualTo(Feed.Type.SITEMAP_INDEX);
        assertThat(feed.entries()).extracting(FeedEntry::url)
                .containsExactly("https://wartacirebon.id/sitemap-2026-05.xml.gz", "https://wartacirebon.id/sitemap-news.xml");
        assertThat(feed.entries()).extracting(FeedEntry::kind).containsOnly(Kind.SITEMAP);
    }

    @Test
    void keepsTheEntriesBeforeBrokenXmlAndSaysWhereItBroke() throws IOException {
        String broken = RSS.substring(0, RSS.indexOf("<item>", RSS.indexOf("</item>")))
                + "<item><title>Banjir Losari</title><link>https://wartacirebon.id/daerah/banjir-losari</link>\n<pubDate>Rabu</item>\n";

        Feed feed = Feeds.read(write("broken.xml", broken));

        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Jalan Amblas di Plered,\u00A0Warga Memutar Lewat Tegalsari");
        assertThat(feed.problem().origin().line()).isEqualTo(18);
        assertThat(feed.problem().message()).startsWith("broken XML at line 18").contains("pubDate").endsWith("the entries before it are kept");
    }

    @Test
    void refusesAnEntityExpansionBombAtOnce() throws IOException {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        bomb.append("]>\n<rss version=\"2.0\"><channel><title>Bom</title><item><title>&lol9;</title><link>https://contoh.id/a</link></item></channel></rss>\n");

        Feed feed = Feeds.read(write("bomb.xml", bomb.toString()));

        assertThat(feed.entries()).isEmpty();
        assertThat(feed.problem().message()).startsWith("declares entities in its DTD; Warta never expands XML entities");
    }

    @Test
    void neverReadsExternalEntities() throws IOException {
        Path secret = Files.writeString(dir.resolve("rahasia.txt"), "kata sandi: merdeka45");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><item><title>&xxe;</title><link>https://contoh.id/a</link></item></channel></rss>\n";
        String viaDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + secret.toUri() + "\">\n"
                + "<rss version=\"2.0\"><channel><item><title>Judul &xxe;</title><link>https://contoh.id/a</link></item></channel></rss>\n";

        Feed declared = Feeds.read(write("xxe.xml", xxe));
        Feed external = Feeds.read(write("dtd.xml", viaDtd));

        assertThat(declared.entries()).isEmpty();
        assertThat(declared.problem().message()).startsWith("declares entities in its DTD");
        assertThat(external.entries()).extracting(FeedEntry::title).containsExactly("Judul &xxe;");
    }

    @Test
    void saysWhatAFileIsWhenItIsNoFeed() throws IOException {
        Feed xml = Feeds.read(write("catatan.xml", "<?xml version=\"1.0\"?>\n<catatan><isi>Rapat redaksi pukul 10.</isi></catatan>\n"));
        Feed html = Feeds.read(write("halaman.xml", "<!doctype html><html><body><p>Bukan feed<br></body></html>"));
        Feed empty = Feeds.read(write("kosong.xml", ""));

        assertThat(xml.type()).isNull();
        assertThat(xml.problem().message()).isEqualTo("not a feed or sitemap: its root element is <catatan>");
        assertThat(html.problem().message()).startsWith("not a feed or sitemap: not well-formed XML before its root element");
        assertThat(empty.problem().message()).startsWith("not a feed or sitemap");
    }

    @Test
    void analyzeTakesTheEntriesThatCarryTheArticleAndPointsToTheFeedCommandForTheRest() throws IOException {
        Path file = write("daerah", RSS);

        List<Input> inputs = read(file);

        assertThat(inputs).hasSize(2);
        assertThat(inputs.get(0)).isInstanceOfSatisfying(Input.Read.class, r -> {
            RawDocument d = r.document();
            assertThat(d.format()).isEqualTo(Format.HTML);
            assertThat(d.content()).startsWith("<p>Harga cabai rawit merah");
            assertThat(d.hints().title()).isEqualTo("Harga Cabai & Bawang di Pasar Jagasatru Naik");
            assertThat(d.hints().url()).isEqualTo("https://wartacirebon.id/ekonomi/2026/05/27/harga-cabai");
            assertThat(d.hints().published()).isEqualTo("2026-05-27T10:30+07:00");
            assertThat(d.hints().outlet()).isEqualTo("Warta Cirebon - Daerah");
            assertThat(d.origin().line()).isEqualTo(17);
        });
        assertThat(inputs.get(1)).isInstanceOfSatisfying(Input.Skipped.class, s -> assertThat(s.reason())
                .isEqualTo("an RSS feed: 1 of its 2 entries with no article text; list them with `warta feed " + file + "` "
                        + "(fetching them comes with the crawler)"));
    }

    @Test
    void analyzeReportsASitemapOnceAndABrokenFeedWhereItBroke() throws IOException {
        Path sitemap = write("sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://wartacirebon.id/a</loc></url><url><loc>https://wartacirebon.id/b</loc></url>
                </urlset>
                """);
        Path broken = write("rusak.rss", RSS.substring(0, RSS.indexOf("</content:encoded>")));

        List<Input> fromSitemap = read(sitemap);
        List<Input> fromBroken = read(broken);

        assertThat(fromSitemap).singleElement().isInstanceOfSatisfying(Input.Skipped.class, s -> assertThat(s.reason())
                .startsWith("a sitemap: 2 entries with links, titles and dates but no article text; list them with `warta feed"));
        assertThat(fromBroken).hasSize(2);
        assertThat(fromBroken.get(0)).isInstanceOfSatisfying(Input.Skipped.class,
                s -> assertThat(s.reason()).startsWith("an RSS feed: 1 entry with links"));
        assertThat(fromBroken.get(1)).isInstanceOfSatisfying(Input.Skipped.class,
                s -> assertThat(s.reason()).startsWith("broken XML at line"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<Input> read(Path file) {
        try (Stream<Input> s = Inputs.open(file.toString(), Limits.DEFAULT)) {
            return s.toList();
        }
    }
}
