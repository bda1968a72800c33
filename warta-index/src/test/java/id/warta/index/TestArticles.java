package id.warta.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Warta;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;
import id.warta.model.RawDocument.Hints;
import id.warta.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Articles written for these tests (invented people and events), analysed by the real
 * pipeline, with entities and quotes added by hand where the layers that find them have
 * not landed yet: the index must carry whatever an article holds.
 */
public final class TestArticles {
    private static final ObjectMapper JSON = ArticleJson.mapper();

    private TestArticles() {
    }

    public static Article flood() {
        Article a = Warta.analyze("""
                BEKASI, KOMPAS.com - Banjir setinggi satu meter merendam ratusan rumah di Perumahan Pondok Gede Permai, Bekasi, Selasa (21/10/2025).

                Wali Kota Bekasi Rahmat Hidayat meminta warga mengungsi ke posko di kantor kecamatan.

                "Kami sudah menyiapkan perahu karet dan dapur umum untuk warga yang terdampak banjir," kata Rahmat.

                Hujan deras sejak Senin malam membuat Kali Bekasi meluap.""",
                new Hints("Banjir Satu Meter Rendam Ratusan Rumah di Bekasi",
                        "https://megapolitan.kompas.com/read/2025/10/21/banjir-bekasi", "2025-10-21T10:15:00+07:00", "KOMPAS.com"));
        return with(a, List.of(entity(a, "Rahmat Hidayat", EntityType.PERSON, "Rahmat Hidayat", "Rahmat"),
                        entity(a, "Bekasi", EntityType.PLACE, "Bekasi")),
                List.of(quote(a, "Kami sudah menyiapkan perahu karet", "Rahmat Hidayat", "Rahmat")));
    }

    public static Article rice() {
        Article a = Warta.analyze("""
                Jakarta - Harga beras medium di pasar tradisional Jakarta naik menjadi Rp 14.500 per kilogram, Senin (20/10/2025).

                Kepala Badan Pangan Nasional Sri Wulandari mengatakan stok beras nasional masih aman hingga akhir tahun.

                "Stok beras di gudang Bulog cukup untuk enam bulan ke depan, masyarakat tidak perlu panik," ujar Sri di Jakarta.

                Pedagang di Pasar Induk Cipinang mengeluhkan harga beras yang terus naik sejak awal bulan.""",
                new Hints("Harga Beras Medium Naik, Badan Pangan Pastikan Stok Aman",
                        "https://finance.detik.com/berita-ekonomi-bisnis/d-8001234/harga-beras-medium-naik", "2025-10-20", "detikFinance"));
        return with(a, List.of(entity(a, "Sri Wulandari", EntityType.PERSON, "Sri Wulandari", "Sri"),
                        entity(a, "Badan Pangan Nasional", EntityType.ORGANIZATION, "Badan Pangan Nasional"),
                        entity(a, "Bulog", EntityType.ORGANIZATION, "Bulog"),
                        entity(a, "Jakarta", EntityType.PLACE, "Jakarta")),
                List.of(quote(a, "Stok beras di gudang Bulog cukup", "Sri Wulandari", "Sri")));
    }

    public static Article rates() {
        Article a = Warta.analyze("""
                Jakarta (ANTARA) - Bank Indonesia mempertahankan suku bunga acuan BI-Rate sebesar 4,75 persen, Kamis (23/10/2025).

                Gubernur BI Pratama Wibisono mengatakan keputusan itu untuk menjaga stabilitas nilai tukar rupiah.

                "Kami melihat tekanan terhadap rupiah masih tinggi, sehingga stabilitas menjadi prioritas," ujar Pratama dalam konferensi pers di Jakarta.

                "Harga beras dan pangan lain juga kami pantau bersama pemerintah," tambah Pratama.""",
                new Hints("BI Tahan Suku Bunga Acuan di 4,75 Persen", "https://www.antaranews.com/berita/4870001/bi-tahan-suku-bunga",
                        "Kamis, 23 Oktober 2025 15:10 WIB", "ANTARA"));
        return with(a, List.of(entity(a, "Pratama Wibisono", EntityType.PERSON, "Pratama Wibisono", "Pratama"),
                        entity(a, "Bank Indonesia", EntityType.ORGANIZATION, "Bank Indonesia", "BI"),
                        entity(a, "Jakarta", EntityType.PLACE, "Jakarta")),
                List.of(quote(a, "Kami melihat tekanan terhadap rupiah", "Pratama Wibisono", "Pratama"),
                        quote(a, "Harga beras dan pangan lain", "Pratama Wibisono", "Pratama.")));
    }

    /** An article without a URL or date: keyed by its content. */
    public static Article undated() {
        return Warta.analyze("""
                Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Saluran Air

                Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air menjelang musim hujan.

                Kepala desa berharap kerja bakti rutin mencegah banjir di permukiman warga.""");
    }

    public static List<Article> all() {
        return List.of(flood(), rice(), rates(), undated());
    }

    /** The article with other entities and quotes. */
    public static Article with(Article a, List<Entity> entities, List<Quote> quotes) {
        return copy(a, tree -> {
            tree.set("entities", JSON.valueToTree(entities));
            tree.set("quotes", JSON.valueToTree(quotes));
        });
    }

    /** The article with another text (facts dropped: their spans would not fit). */
    public static Article withText(Article a, String text) {
        return copy(a, tree -> {
            tree.put("text", text);
            for (String facts : List.of("entities", "quotes", "dates", "periods", "amounts", "sources")) tree.putArray(facts);
        });
    }

    /**
     * A copy with some fields changed, made through the JSON form so it keeps working
     * whatever fields later layers add to the article.
     */
    public static Article copy(Article a, Consumer<ObjectNode> change) {
        ObjectNode tree = JSON.valueToTree(a);
        change.accept(tree);
        try {
            return JSON.treeToValue(tree, Article.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Entity entity(Article a, String name, EntityType type, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        for (String s : surfaces) {
            int at = a.text().indexOf(s);
            if (at < 0) throw new IllegalArgumentException("'" + s + "' is not in the text");
            mentions.add(new Mention(s, at, at + s.length(), "name"));
        }
        return new Entity(name, type, mentions, List.of(), null);
    }

    /** A direct quote starting with {@code opening}, running to its closing mark, with its speaker named after it. */
    public static Quote quote(Article a, String opening, String speaker, String speakerSurface) {
        int start = a.text().indexOf(opening);
        int end = a.text().indexOf('"', start);
        String text = a.text().substring(start, end).replaceAll(",$", "");
        int s = a.text().indexOf(speakerSurface, end);
        return new Quote(text, start, start + text.length(), new Speaker(speaker, speaker, s, s + speakerSurface.length()),
                "ujar", Quote.Kind.DIRECT);
    }
}
