package id.warta.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Random;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a large crawl-like WARC archive (gzip per record) for memory and speed runs: for
 * each page a request, an HTML response of 15 to 75 KB of Indonesian-looking prose, and
 * now and then an image and a stylesheet, the mix a news crawl holds. Seeded: the same
 * size gives the same archive.
 */
public final class WarcGenerator {
    private static final String[] WORDS = ("pemerintah kabupaten warga desa jalan banjir anggaran rapat dinas kepala "
            + "menteri presiden daerah kota pasar harga beras cabai minyak nelayan petani sekolah guru rumah sakit "
            + "pembangunan jembatan tol tarif naik turun kata ujar menurut sejak pada dalam untuk dengan yang akan "
            + "telah sudah belum masih juga tidak bukan para sejumlah ribuan miliar rupiah persen tahun bulan pekan "
            + "senin selasa rabu kamis jumat sabtu minggu pagi sore malam polisi tersangka pengadilan hakim jaksa").split(" ");
    private static final String[] PLACES = {"Cirebon", "Indramayu", "Kuningan", "Majalengka", "Brebes", "Tegal", "Losari"};
    private static final int PARAGRAPHS = 4096;
    private static final Instant START = Instant.parse("2026-05-01T00:00:00Z");

    private WarcGenerator() {
    }

    /** Writes records to {@code file} until it holds at least {@code targetBytes}; returns the number of pages. */
    public static long write(Path file, long targetBytes) throws IOException {
        Random random = new Random(targetBytes);
        String[] paragraphs = paragraphs(random);
        long pages = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP)) {
            while (channel.position() < targetBytes) {
                String place = PLACES[random.nextInt(PLACES.length)];
                String url = "https://warta" + place.toLowerCase() + ".id/daerah/2026/05/" + (pages % 28 + 1) + "/berita-" + pages;
                Instant when = START.plusSeconds(pages * 37);
                warc.write(new WarcRequest.Builder(URI.create(url)).date(when).body(MediaType.HTTP_REQUEST,
                        ("GET /daerah/berita-" + pages + " HTTP/1.1\r\nHost: warta" + place.toLowerCase() + ".id\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII)).build());
                warc.write(response(url, when, "text/html; charset=utf-8", page(random, paragraphs, place).getBytes(StandardCharsets.UTF_8)));
                if (pages % 3 == 0) {
                    byte[] jpeg = new byte[20_000 + random.nextInt(60_000)];
                    random.nextBytes(jpeg);
                    warc.write(response(url + ".jpg", when, "image/jpeg", jpeg));
                }
                if (pages % 10 == 0) {
                    warc.write(response(url + ".css", when, "text/css", "body{font-family:sans-serif}\n".repeat(200)
                            .getBytes(StandardCharsets.US_ASCII)));
                }
                pages++;
            }
        }
        return pages;
    }

    /** An HTTP 200 response carrying {@code body}, as a crawler archives it. */
    static WarcResponse response(String url, Instant when, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        return new WarcResponse.Builder(URI.create(url)).date(when).body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static String page(Random random, String[] paragraphs, String place) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>")
                .append(sentence(random, 8)).append("</title></head><body><nav><a href=\"/\">Beranda</a></nav><article><h1>")
                .append(sentence(random, 8)).append("</h1>");
        int target = 15_000 + random.nextInt(60_000);
        html.append("<p>").append(place.toUpperCase()).append(" - ").append(sentence(random, 20)).append("</p>");
        while (html.length() < target) html.append(paragraphs[random.nextInt(paragraphs.length)]);
        return html.append("</article><footer>Hak cipta 2026</footer></body></html>").toString();
    }

    /** Paragraphs drawn once and reused: pages differ in their mix, and writing stays fast. */
    private static String[] paragraphs(Random random) {
        String[] paragraphs = new String[PARAGRAPHS];
        for (int i = 0; i < PARAGRAPHS; i++) paragraphs[i] = "<p>" + sentence(random, 15 + random.nextInt(30)) + "</p>\n";
        return paragraphs;
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
