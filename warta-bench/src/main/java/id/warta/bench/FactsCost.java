package id.warta.bench;

import id.warta.amounts.Amounts;
import id.warta.dates.DateFinder;
import id.warta.entities.Entities;
import id.warta.extract.Extractor;
import id.warta.headline.Headlines;
import id.warta.language.Sentences;
import id.warta.language.Tokenizer;
import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.Quote;
import id.warta.model.RawDocument;
import id.warta.quotes.Quotes;
import id.warta.sources.Sources;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The facts layer's cost relative to the language path, in CPU time of this thread rather than
 * wall time, so a machine shared with other work still gives a fair ratio: each round times the
 * language path (extraction, dates, entities, headline check), then the facts layer (quotes,
 * sources, amounts) on the same articles; the medians over the rounds are compared. Also
 * printed: tokenising and sentence splitting alone. Complements {@link FactsBenchmark}.
 * <pre>{@code java -cp warta-bench/target/warta-bench.jar id.warta.bench.FactsCost [ROUNDS]}</pre>
 */
public final class FactsCost {
    private static final int WARMUP_ROUNDS = 20;

    private FactsCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path folder = FactsBenchmark.folder();
        List<RawDocument> raws = FactsBenchmark.articles(folder);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] language = new long[rounds], facts = new long[rounds], words = new long[rounds];
        long sink = 0;
        for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            List<Document> docs = new ArrayList<>(raws.size());
            List<List<Entity>> entities = new ArrayList<>(raws.size());
            for (RawDocument raw : raws) {
                Document doc = Extractor.extract(raw);
                sink += DateFinder.find(doc).dates().size();
                entities.add(Entities.shipped().find(doc));
                sink += Headlines.check(doc.title(), doc.text()).evidence().size();
                docs.add(doc);
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < docs.size(); i++) {
                Document doc = docs.get(i);
                List<Quote> quotes = Quotes.find(doc, entities.get(i));
                sink += Sources.find(doc, quotes).size() + Amounts.find(doc.text()).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            for (Document doc : docs) {
                sink += Tokenizer.tokenize(doc.text()).size() + Sentences.split(doc.text()).size();
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            if (r >= 0) {
                language[r] = t1 - t0;
                facts[r] = t2 - t1;
                words[r] = t3 - t2;
            }
        }
        double lang = median(language) / 1e6, fact = median(facts) / 1e6, word = median(words) / 1e6;
        System.out.printf("%d articles from %s, %d rounds (CPU time, median of each round):%n", raws.size(), folder, rounds);
        System.out.printf("  language path (extraction, dates, entities, headline): %8.2f ms%n", lang);
        System.out.printf("  facts layer (quotes, sources, amounts): %8.2f ms%n", fact);
        System.out.printf("  tokens and sentences (language package): %8.2f ms%n", word);
        System.out.printf("  facts / (extraction, dates, entities, headline): %.1f%%; facts / (that, tokens, sentences): %.1f%%"
                + "   (checksum %d)%n", 100 * fact / lang, 100 * fact / (lang + word), sink);
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
