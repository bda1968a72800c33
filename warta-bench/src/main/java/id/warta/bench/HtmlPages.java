package id.warta.bench;

import id.warta.model.RawDocument;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The shared news as a crawler would fetch it: each article rendered as a portal's page (head
 * metadata and JSON-LD, navigation, breadcrumb, byline, the paragraphs with a "Baca juga" box
 * among them, share buttons, related links, footer, scripts) and written as a WARC archive,
 * one gzip'd response a page, for timing the ingest of HTML input. The pages are built here from
 * the texts in memory; the archive lives in a temporary folder and is deleted after the run.
 */
final class HtmlPages {
    private static final Instant CRAWLED = Instant.parse("2026-05-20T00:00:00Z");

    private HtmlPages() {
    }

    /** Writes {@code n} pages, cycling through {@code corpus}, each copy with its own URL. */
    static void writeWarc(List<RawDocument> corpus, int n, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = 0; i < n; i++) {
                RawDocument d = corpus.get(i % corpus.size());
                String url = "https://news.bench.warta.test/berita/d-" + (7_000_000 + i) + "/artikel-" + i;
                warc.write(WarcGenerator.response(url, CRAWLED.plusSeconds(i * 11L), "text/html; charset=utf-8",
                        page(d, url, i).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    static String page(RawDocument d, String url, int i) {
        String title = d.hints().title() != null ? d.hints().title() : firstWords(d.content());
        String published = d.hints().published();
        StringBuilder html = new StringBuilder(d.content().length() * 2 + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append(" - Warta Bench News</title>\n<meta property=\"og:title\" content=\"").append(escape(title))
                .append("\">\n<meta property=\"og:site_name\" content=\"Warta Bench News\">\n<meta property=\"og:url\" content=\"")
                .append(url).append("\">\n<link rel=\"canonical\" href=\"").append(url).append("\">\n");
        if (published != null) html.append("<meta name=\"publishdate\" content=\"").append(escape(published)).append("\">\n");
        html.append("<script>window.dataLayer = window.dataLayer || []; dataLayer.push({kanal: 'berita', id: ").append(i)
                .append("});</script>\n<style>.detail__body p{margin:0 0 16px}.share a{display:inline-block}</style>\n</head>\n<body>\n")
                .append("<div class=\"cookie-banner\">Situs ini menggunakan cookie untuk pengalaman yang lebih baik. <button>Setuju</button></div>\n")
                .append("<header class=\"header\"><a href=\"/\" class=\"logo\">Warta Bench News</a><nav class=\"nav\">")
                .append("<a href=\"/berita\">Berita</a><a href=\"/ekonomi\">Ekonomi</a><a href=\"/daerah\">Daerah</a>")
                .append("<a href=\"/olahraga\">Olahraga</a><a href=\"/indeks\">Indeks</a></nav></header>\n<main class=\"container\">\n")
                .append("<article class=\"detail\">\n<div class=\"breadcrumb\"><a href=\"/\">Beranda</a> &rsaquo; <a href=\"/berita\">Berita</a></div>\n")
                .append("<h1 class=\"detail__title\">").append(escape(title)).append("</h1>\n<div class=\"detail__author\">Tim Redaksi</div>\n");
        if (published != null) html.append("<div class=\"detail__date\">").append(escape(published)).append("</div>\n");
        html.append("<div class=\"detail__body\">\n");
        String[] paragraphs = d.content().split("\\n\\s*");
        for (int p = 0; p < paragraphs.length; p++) {
            if (paragraphs[p].isBlank()) continue;
            html.append("<p>").append(escape(paragraphs[p].strip())).append("</p>\n");
            if (p == 1) {
                html.append("<div class=\"baca-juga\"><strong>Baca juga:</strong> <a href=\"/berita/d-").append(6_000_000 + i)
                        .append("\">Berita terkait sebelumnya</a></div>\n");
            }
        }
        html.append("</div>\n<div class=\"share\">Bagikan: <a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">WhatsApp</a></div>\n")
                .append("<div class=\"tags\"><a href=\"/tag/berita\">berita</a> <a href=\"/tag/indonesia\">indonesia</a></div>\n</article>\n")
                .append("<aside class=\"terpopuler\"><h2>Terpopuler</h2><ol>");
        for (int r = 1; r <= 5; r++) html.append("<li><a href=\"/berita/d-").append(5_000_000 + i * 5 + r).append("\">Berita terpopuler ke-").append(r).append("</a></li>");
        html.append("</ol></aside>\n</main>\n<footer class=\"footer\">Copyright &copy; 2026 Warta Bench News. All rights reserved. ")
                .append("<a href=\"/redaksi\">Redaksi</a> <a href=\"/pedoman\">Pedoman Media Siber</a></footer>\n")
                .append("<script src=\"/assets/app.js\" defer></script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String firstWords(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 80 ? line : line.substring(0, line.lastIndexOf(' ', 80) > 0 ? line.lastIndexOf(' ', 80) : 80);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
