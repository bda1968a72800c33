package id.warta.bench;

import com.fasterxml.jackson.databind.ObjectWriter;
import id.warta.amounts.Amounts;
import id.warta.dates.DateFinder;
import id.warta.entities.Entities;
import id.warta.extract.Extractor;
import id.warta.headline.Headlines;
import id.warta.index.NewsIndex;
import id.warta.json.ArticleJson;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import id.warta.model.Amount;
import id.warta.model.Article;
import id.warta.model.Citation;
import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.Headline;
import id.warta.model.Quote;
import id.warta.model.RawDocument;
import id.warta.pipeline.Pipeline;
import id.warta.quotes.Quotes;
import id.warta.sources.Sources;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time per article of each analysis stage, on one thread, over the shared news: what a
 * core spends, whatever else the machine runs (wall-clock rates on a shared machine say more
 * about the neighbours than about Warta). Each round runs every article through the stages
 * one after the other as {@code Pipeline.analyze} does, timing each with the thread's CPU
 * clock, then through {@code Pipeline.analyze} whole (a check that the stages add up), then
 * indexes the result ({@code Indexer.upsert} into a fresh index: building the Lucene
 * documents, the analyzer and inversion; merges run on other threads and are not counted).
 * The first round warms the JIT; each stage's figure is its least over the later rounds (other
 * work on the machine only ever adds to a thread's CPU time, through shared caches and cores).
 * <pre>
 * java -cp warta-bench/target/warta-bench.jar id.warta.bench.StageProfile [--rounds 3] [--every 1] [--limit N]
 *      [--dump out.jsonl] [--export in.jsonl] [--only dates|entities|quotes|amounts|headline]
 * </pre>
 * {@code --only} times one stage alone, over documents extracted beforehand (to profile it).
 * {@code --dump} writes every article's output as {@code warta analyze --format jsonl} does
 * (to compare the outputs of two builds); {@code --export} writes the articles read as JSON
 * Lines input for {@code warta analyze} (in a temporary place: the texts are never shipped).
 */
public final class StageProfile {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    private StageProfile() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, "rounds", "every", "limit", "export", "dump", "only");
        int rounds = args.integer("rounds", 3);
        int every = args.integer("every", 1);
        int limit = args.integer("limit", Integer.MAX_VALUE);
        List<RawDocument> all = Corpus.required();
        List<RawDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < all.size() && docs.size() < limit; i += every) docs.add(all.get(i));
        long chars = docs.stream().mapToLong(d -> d.content().length()).sum();
        System.out.printf("%d articles (every %d of %d), %.1f MB of text, %d rounds%n", docs.size(), every, all.size(),
                chars / 1e6, rounds);
        if (args.string("export", null) != null) export(docs, Path.of(args.string("export", null)));
        if (args.string("dump", null) != null) dump(docs, Path.of(args.string("dump", null)));

        String only = args.string("only", null);
        List<Document> extracted = only == null ? null : docs.stream().map(Extractor::extract).toList();
        StageProfile best = new StageProfile();
        for (int r = 1; r <= rounds; r++) {
            StageProfile p = new StageProfile();
            long wall = System.nanoTime();
            if (only == null) p.round(docs);
            else p.roundOf(only, extracted);
            System.out.printf("round %d: %.1f s wall%n", r, (System.nanoTime() - wall) / 1e9);
            if (r > 1 || rounds == 1) p.nanos.forEach((stage, ns) -> best.nanos.merge(stage, ns, Math::min));
        }
        if (!best.nanos.isEmpty()) best.print(docs.size());
    }

    private void round(List<RawDocument> docs) throws IOException {
        Pipeline pipeline = new Pipeline();
        ObjectWriter json = ArticleJson.mapper().writer();
        Entities entities = Entities.shipped();
        Path work = Files.createTempDirectory("warta-stage-profile");
        try (NewsIndex index = NewsIndex.open(work)) {
            for (RawDocument raw : docs) {
                long t = cpu();
                Document doc = Extractor.extract(raw);
                t = lap("extract", t);
                DateFinder.Result dates = DateFinder.find(doc);
                t = lap("dates", t);
                List<Token> tokens = Tokenizer.tokenize(doc.text()); // the body's tokens, shared by entities, quotes and headline
                t = lap("tokens", t);
                List<Entity> found = entities.find(doc, tokens);
                t = lap("entities", t);
                List<Quote> quotes = Quotes.find(doc, tokens, found);
                t = lap("quotes", t);
                List<Citation> sources = Sources.find(doc, quotes);
                t = lap("sources", t);
                List<Amount> amounts = Amounts.find(doc.text());
                t = lap("amounts", t);
                Headline headline = Headlines.check(doc.title(), doc.text(), tokens);
                t = lap("headline", t);
                Article.of(doc, new Article.Facts(found, quotes, dates.dates(), dates.periods(), amounts, sources,
                        headline, dates.warnings()));
                t = lap("assemble", t);
                Pipeline.Analysed analysed = pipeline.analyzeWithTokens(raw);
                Article article = analysed.article();
                t = lap("pipeline (whole, check)", t);
                json.writeValueAsString(article);
                t = lap("json output", t);
                index.indexer().upsert(article, null, analysed.textTokens()); // as an ingest does: the text not cut again
                lap("index (upsert)", t);
            }
            index.indexer().commit();
        } finally {
            Sizes.delete(work);
        }
    }

    /** One stage alone over documents extracted beforehand (for a profiler's eyes). */
    private void roundOf(String stage, List<Document> docs) {
        Entities entities = Entities.shipped();
        for (Document doc : docs) {
            long t = cpu();
            switch (stage) {
                case "dates" -> DateFinder.find(doc);
                case "entities" -> entities.find(doc);
                case "quotes" -> Quotes.find(doc, entities.find(doc));
                case "amounts" -> Amounts.find(doc.text());
                case "headline" -> Headlines.check(doc.title(), doc.text());
                default -> throw new IllegalArgumentException("--only dates|entities|quotes|amounts|headline, not " + stage);
            }
            lap(stage, t);
        }
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }

    private long lap(String stage, long since) {
        long now = cpu();
        nanos.merge(stage, now - since, Long::sum);
        return now;
    }

    private void print(int articles) {
        if (nanos.size() == 1) {
            var e = nanos.entrySet().iterator().next();
            System.out.printf("%s: %.0f µs/article%n", e.getKey(), e.getValue() / 1e3 / articles);
            return;
        }
        long analysis = 0;
        for (String s : List.of("extract", "dates", "tokens", "entities", "quotes", "sources", "amounts", "headline", "assemble")) analysis += nanos.get(s);
        System.out.printf("%nCPU time per article (one thread), least over rounds 2..n:%n");
        System.out.printf("%-26s %12s %8s %14s%n", "stage", "µs/article", "share", "articles/s/core");
        for (var e : nanos.entrySet()) {
            double us = e.getValue() / 1e3 / articles;
            boolean inAnalysis = !e.getKey().contains("(") && !e.getKey().startsWith("json");
            System.out.printf("%-26s %12.0f %7s %14.0f%n", e.getKey(), us,
                    inAnalysis ? String.format("%.1f%%", 100.0 * e.getValue() / analysis) : "", 1e6 / us);
        }
        double us = analysis / 1e3 / articles;
        System.out.printf("%-26s %12.0f %7s %14.0f%n", "analysis (stages summed)", us, "100%", 1e6 / us);
        double ingest = (analysis + nanos.get("index (upsert)")) / 1e3 / articles;
        System.out.printf("%-26s %12.0f %7s %14.0f  (x2 cores: %.0f articles/s)%n", "analysis + index", ingest, "",
                1e6 / ingest, 2e6 / ingest);
    }

    private static void dump(List<RawDocument> docs, Path out) throws IOException {
        Pipeline pipeline = new Pipeline();
        ObjectWriter json = ArticleJson.mapper().writer();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (RawDocument raw : docs) {
                String line;
                try {
                    line = json.writeValueAsString(pipeline.analyze(raw));
                } catch (RuntimeException e) {
                    line = "failed: " + raw.origin() + ": " + e;
                }
                w.write(line);
                w.write('\n');
            }
        }
        System.out.println("wrote " + out);
    }

    private static void export(List<RawDocument> docs, Path out) throws IOException {
        ObjectWriter json = ArticleJson.mapper().writer();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (RawDocument d : docs) {
                Map<String, String> record = new LinkedHashMap<>();
                record.put("title", d.hints().title());
                record.put("url", d.hints().url());
                record.put("published", d.hints().published());
                record.put("text", d.content());
                w.write(json.writeValueAsString(record));
                w.write('\n');
            }
        }
        System.out.println("wrote " + out);
    }
}
