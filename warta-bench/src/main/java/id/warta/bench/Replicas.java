package id.warta.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Warta;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Moment;
import id.warta.model.Quote;
import id.warta.model.RawDocument;
import id.warta.model.Speaker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Copies of the analysed shared news with varied ids, dates, entities and quotes, to build
 * indexes far larger than the corpus. Copy {@code n} is always the same article, so a build
 * can stop and resume. Entities are invented names drawn with a skew (a few are everywhere,
 * most are rare) so facets count like they would on real news; quotes are the text's own
 * quotations, given to invented speakers.
 */
final class Replicas {
    private static final String[] GIVEN = {"Agus", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko",
        "Kartika", "Lestari", "Made", "Nur", "Putri", "Rizki", "Sari", "Teguh", "Wahyu", "Yuni", "Bambang", "Sri", "Rahmat", "Andi"};
    private static final String[] FAMILY = {"Santoso", "Wijaya", "Hidayat", "Saputra", "Kusuma", "Pratama", "Nugroho", "Siregar",
        "Harahap", "Wibisono", "Lubis", "Simanjuntak", "Setiawan", "Halim", "Gunawan", "Permana", "Sitompul", "Rahman"};
    private static final String[] ORG_KIND = {"Dinas Pendidikan", "Dinas Kesehatan", "Badan", "PT", "Yayasan", "Koperasi", "Partai", "Universitas"};
    private static final String[] ORG_NAME = {"Nusantara", "Sejahtera", "Mandiri", "Harapan", "Bersatu", "Maju", "Merdeka", "Amanah",
        "Sentosa", "Jaya", "Lestari", "Bhakti", "Karya", "Utama", "Mulia"};
    private static final String[] PLACES = {"Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Denpasar",
        "Yogyakarta", "Malang", "Bekasi", "Depok", "Bogor", "Tangerang", "Padang", "Pekanbaru", "Balikpapan", "Pontianak", "Manado",
        "Kupang", "Jayapura", "Ambon", "Mataram", "Banda Aceh", "Jambi", "Bengkulu", "Kendari", "Palu", "Sorong", "Cirebon"};
    private static final int PEOPLE = 20_000, ORGS = 5_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 11 * 365;

    private static final ObjectMapper JSON = ArticleJson.mapper();

    private final List<Article> analysed;

    private Replicas(List<Article> analysed) {
        this.analysed = analysed;
    }

    /** Analyses the corpus once (documents the pipeline fails on are left out). */
    static Replicas of(List<RawDocument> corpus) {
        List<Article> articles = corpus.parallelStream().map(d -> {
            try {
                return Warta.pipeline().analyze(d);
            } catch (RuntimeException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
        return new Replicas(articles);
    }

    int size() {
        return analysed.size();
    }

    /** Copy number {@code n}: the same for the same n. */
    Article copy(long n) {
        Article a = analysed.get((int) (n % analysed.size()));
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        Moment published = Moment.of(FIRST_DAY.plusDays(r.nextInt(DAYS)).atTime(LocalTime.of(r.nextInt(24), r.nextInt(60)))
                .atOffset(ZoneOffset.ofHours(7)));
        List<Entity> entities = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (int i = 0, k = 1 + r.nextInt(4); i < k; i++) people.add(person(skewed(r, PEOPLE)));
        for (String p : people) entities.add(new Entity(p, EntityType.PERSON, List.of(), List.of(), null));
        for (int i = 0, k = r.nextInt(3); i < k; i++) entities.add(new Entity(org(skewed(r, ORGS)), EntityType.ORGANIZATION, List.of(), List.of(), null));
        for (int i = 0, k = 1 + r.nextInt(2); i < k; i++) entities.add(new Entity(PLACES[skewed(r, PLACES.length)], EntityType.PLACE, List.of(), List.of(), null));
        List<Quote> quotes = quotes(a.text(), people, r);
        ObjectNode tree = JSON.valueToTree(a);
        tree.put("url", "https://bench.warta.test/" + n);
        if (a.site() == null) tree.put("site", SITES[(int) (n % SITES.length)]);
        tree.set("published", JSON.valueToTree(published));
        tree.set("entities", JSON.valueToTree(dedupe(entities)));
        tree.set("quotes", JSON.valueToTree(quotes));
        try {
            return JSON.treeToValue(tree, Article.class); // through JSON: whatever fields the article gains
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String[] SITES = {"kompas.com", "detik.com", "tribunnews.com", "antaranews.com", "republika.co.id",
        "viva.co.id", "merdeka.com", "kontan.co.id", "bisnis.com", "tempo.co"};

    /** The text's quotations (between straight or curly double quotes), up to three, given to the article's people. */
    private static List<Quote> quotes(String text, List<String> people, SplittableRandom r) {
        List<Quote> quotes = new ArrayList<>();
        int from = 0;
        while (quotes.size() < 3) {
            int open = indexOfQuote(text, from);
            if (open < 0) break;
            int close = indexOfQuote(text, open + 1);
            if (close < 0) break;
            if (close - open > 20) {
                String speaker = people.get(r.nextInt(people.size()));
                quotes.add(new Quote(text.substring(open + 1, close), open + 1, close, new Speaker(speaker, speaker, -1, -1),
                        "kata", Quote.Kind.DIRECT));
            }
            from = close + 1;
        }
        return quotes;
    }

    private static int indexOfQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') return i;
        }
        return -1;
    }

    /** An index in [0, n), small ones far more often (roughly Zipf). */
    private static int skewed(SplittableRandom r, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, r.nextDouble()) - 1));
    }

    private static String person(int i) {
        Random names = new Random(i);
        return GIVEN[names.nextInt(GIVEN.length)] + " " + FAMILY[names.nextInt(FAMILY.length)] + (i >= GIVEN.length * FAMILY.length ? " " + (char) ('A' + i % 26) + "." : "");
    }

    private static String org(int i) {
        Random names = new Random(i * 31L + 7);
        return ORG_KIND[names.nextInt(ORG_KIND.length)] + " " + ORG_NAME[names.nextInt(ORG_NAME.length)] + " " + ORG_NAME[names.nextInt(ORG_NAME.length)]
                + (i >= 500 ? " " + i : "");
    }

    private static List<Entity> dedupe(List<Entity> entities) {
        java.util.Map<String, Entity> byName = new java.util.LinkedHashMap<>();
        for (Entity e : entities) byName.putIfAbsent(e.name(), e);
        return List.copyOf(byName.values());
    }
}
