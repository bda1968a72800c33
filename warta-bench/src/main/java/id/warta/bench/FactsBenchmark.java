package id.warta.bench;

import id.warta.amounts.Amounts;
import id.warta.dates.DateFinder;
import id.warta.entities.Entities;
import id.warta.eval.SharedData;
import id.warta.extract.Extractor;
import id.warta.headline.Headlines;
import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.Origin;
import id.warta.model.Quote;
import id.warta.model.RawDocument;
import id.warta.pipeline.Pipeline;
import id.warta.quotes.Quotes;
import id.warta.sources.Sources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the facts layer (quotes, sources, amounts) costs on top of the language path it follows
 * (extraction, dates, entities, headline check), on the same articles: the gold-dev articles
 * when the shared data is here, else the bundled samples. The layer's budget is 20% of {@link #languagePath}:
 * compare {@link #withFacts} with it, within one run.
 * <pre>{@code java -jar warta-bench/target/warta-bench.jar FactsBenchmark -f 1 -wi 3 -i 5}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FactsBenchmark {
    private final Pipeline pipeline = new Pipeline();
    private List<RawDocument> raws;
    private List<Document> docs;
    private List<List<Entity>> entities;

    @Setup
    public void load() {
        Path folder = folder();
        raws = articles(folder);
        if (raws.isEmpty()) throw new IllegalStateException("no articles in " + folder.toAbsolutePath());
        docs = raws.stream().map(Extractor::extract).toList();
        entities = docs.stream().map(d -> Entities.shipped().find(d)).toList();
    }

    /** The gold-dev articles when the shared data is here, else the bundled samples. */
    static Path folder() {
        return SharedData.resolve("data/gold-dev/articles").orElse(Path.of("samples"));
    }

    /** The {@code .txt} articles of a folder, in name order. */
    static List<RawDocument> articles(Path folder) {
        List<RawDocument> raws = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                raws.add(new RawDocument(Origin.file(p.toString()), RawDocument.Format.TEXT, Files.readString(p),
                        RawDocument.Hints.NONE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return raws;
    }

    /** Extraction, dates, entities and the headline check: the pipeline without this layer. */
    @Benchmark
    public void languagePath(Blackhole bh) {
        for (RawDocument raw : raws) {
            Document doc = Extractor.extract(raw);
            bh.consume(DateFinder.find(doc));
            bh.consume(Entities.shipped().find(doc));
            bh.consume(Headlines.check(doc.title(), doc.text()));
        }
    }

    /** The whole pipeline: the language path, then quotes, sources and amounts. */
    @Benchmark
    public void withFacts(Blackhole bh) {
        for (RawDocument raw : raws) bh.consume(pipeline.analyze(raw));
    }

    @Benchmark
    public void quotesOnly(Blackhole bh) {
        for (int i = 0; i < docs.size(); i++) bh.consume(Quotes.find(docs.get(i), entities.get(i)));
    }

    @Benchmark
    public void sourcesOnly(Blackhole bh) {
        for (Document doc : docs) bh.consume(Sources.find(doc, List.of()));
    }

    @Benchmark
    public void amountsOnly(Blackhole bh) {
        for (Document doc : docs) bh.consume(Amounts.find(doc.text()));
    }

    /** The facts layer alone, on documents already extracted. */
    @Benchmark
    public void factsOnly(Blackhole bh) {
        for (int i = 0; i < docs.size(); i++) {
            Document doc = docs.get(i);
            List<Quote> quotes = Quotes.find(doc, entities.get(i));
            bh.consume(Sources.find(doc, quotes));
            bh.consume(Amounts.find(doc.text()));
        }
    }
}
