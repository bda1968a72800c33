package id.warta.entities.ner;

import id.warta.eval.Csv;
import id.warta.extract.Outlets;
import id.warta.lexicon.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Builds what the tagger's features read, from the shared public data: word classes and
 * case statistics induced from the unlabeled news text (which is read, never shipped), and
 * gazetteers from the country, city, region and politician lists plus the title and
 * head-word lexicons beside this code. Then trains a {@link NerModel} on labeled sentences.
 */
public final class NerTraining {
    /** Folds for jackknifing the gazetteer of labeled names. */
    private static final int LABEL_FOLDS = 5;
    private static final Set<String> NEWS_SKIPPED = Set.of("README.md", "SOURCE.txt", "LAPORAN_SCRAPING.md");

    private NerTraining() {
    }

    /** The feature lexicons a model is trained with and carries. */
    public static final class Lexicons {
        final WordTable words;
        final Gazetteer gazetteer;

        Lexicons(WordTable words, Gazetteer gazetteer) {
            this.words = words;
            this.gazetteer = gazetteer;
        }

        public String describe() {
            return "%,d words with classes, %,d gazetteer phrases".formatted(words.size(), gazetteer.size());
        }
    }

    /** Induces word classes from {@code shared/data/news} and the given sentences; reads the gazetteers. */
    public static Lexicons lexicons(Path shared, List<LabeledSentence> unlabeledToo, Consumer<String> log)
            throws IOException {
        return lexicons(shared, unlabeledToo, WordClasses.Settings.DEFAULT, log);
    }

    /**
     * The lexicons {@code model} was trained with, without inducing the word classes again: its
     * word table (the classes it carries) and the gazetteers in {@code shared}, without the names
     * its training corpora labeled. Equal to what {@link #lexicons(Path, List, Consumer)} gives
     * for a model this checkout retrains to the same bytes ({@code scripts/check-model.sh}).
     */
    public static Lexicons lexicons(NerModel model, Path shared) throws IOException {
        return new Lexicons(model.words(), gazetteer(shared.resolve("data/gazetteers")));
    }

    static Lexicons lexicons(Path shared, List<LabeledSentence> unlabeledToo, WordClasses.Settings settings,
                             Consumer<String> log) throws IOException {
        WordClasses classes = new WordClasses(settings);
        newsLines(shared.resolve("data/news"), classes::add);
        for (LabeledSentence s : unlabeledToo) {
            if (s.cased()) classes.add(String.join(" ", s.words()));
        }
        log.accept("word classes: %,d tokens of text read".formatted(classes.tokens()));
        WordTable words = classes.induce();
        Gazetteer gazetteer = gazetteer(shared.resolve("data/gazetteers"));
        Lexicons lexicons = new Lexicons(words, gazetteer);
        log.accept(lexicons.describe());
        return lexicons;
    }

    /**
     * Trains a model on {@code sentences}. The names they label become a gazetteer too; to keep
     * the tagger from trusting it more than it deserves on new text, each training sentence
     * sees only the names labeled in the other folds (jackknifing), while the shipped model
     * carries them all. The lowercased sentences are first brought into line with the cased
     * ones' organisations ({@link UncasedLabels}).
     */
    public static NerModel train(Lexicons lexicons, List<LabeledSentence> labeled, TrainOptions options,
                                 Consumer<String> log) {
        List<LabeledSentence> sentences = UncasedLabels.harmonised(labeled);
        List<Features> folds = new ArrayList<>();
        for (int k = 0; k < LABEL_FOLDS; k++) {
            int fold = k;
            folds.add(new Features(lexicons.words,
                    withLabels(lexicons.gazetteer, sentences, i -> fold(sentences.get(i)) != fold)));
        }
        FeatureIndex index = new FeatureIndex(1 << 20);
        List<Example> examples = Example.of(sentences, i -> folds.get(fold(sentences.get(i))), options, index);
        log.accept("%,d sentences, %,d features".formatted(examples.size(), index.size()));
        LinearWeights weights = averaged(examples, index.size(), options, log);
        Gazetteer all = withLabels(lexicons.gazetteer, sentences, i -> true);
        return new NerModel(lexicons.words, all, index, weights.emission(), weights.transitions(),
                options.runtimeDomain());
    }

    /** The average of the runs' weights, kept as their sum: the decoder reads any scale alike. */
    private static LinearWeights averaged(List<Example> examples, int features, TrainOptions options,
                                          Consumer<String> log) {
        LinearWeights sum = null;
        for (int k = 0; k < options.runs(); k++) {
            int run = k + 1;
            LinearWeights w = Learner.of(options.run(k)).learn(examples, features, epoch ->
                    log.accept("run %d of %d, epoch %d of %d".formatted(run, options.runs(), epoch, options.epochs())));
            if (sum == null) {
                sum = w;
                continue;
            }
            for (int i = 0; i < w.emission().length; i++) sum.emission()[i] += w.emission()[i];
            for (int i = 0; i < w.transitions().length; i++) sum.transitions()[i] += w.transitions()[i];
        }
        return sum;
    }

    /** A sentence's fold, by its words: a sentence that occurs twice is in one fold. */
    private static int fold(LabeledSentence s) {
        return Math.floorMod(s.words().hashCode(), LABEL_FOLDS);
    }

    /**
     * {@code base} plus the names labeled in the chosen sentences, each under its label; a
     * one-word name only when the corpora label that word more often than not.
     */
    static Gazetteer withLabels(Gazetteer base, List<LabeledSentence> sentences, IntPredicate chosen) {
        Map<String, int[]> names = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!chosen.test(i)) continue;
            LabeledSentence s = sentences.get(i);
            for (String w : s.words()) occurrences.merge(Features.core(w).toLowerCase(Locale.ROOT), 1, Integer::sum);
            for (NameSpan n : s.names()) {
                String phrase = String.join(" ", s.words().subList(n.start(), n.end()).stream()
                        .map(w -> Features.core(w).toLowerCase(Locale.ROOT)).toList());
                names.computeIfAbsent(phrase, p -> new int[EntityType.values().length])[n.type().ordinal()]++;
            }
        }
        Gazetteer g = base.copy();
        Map<String, int[]> words = new HashMap<>();
        names.forEach((phrase, byType) -> {
            for (String w : phrase.split(" ")) {
                int[] c = words.computeIfAbsent(w, k -> new int[EntityType.values().length]);
                for (int t = 0; t < c.length; t++) c[t] += byType[t];
            }
            int labeled = Arrays.stream(byType).sum();
            if (!phrase.contains(" ") && labeled * 2 < occurrences.getOrDefault(phrase, 0)) return;
            for (EntityType t : EntityType.values()) {
                if (byType[t.ordinal()] > 0) g.add(phrase, Gazetteer.Kind.labeled(t));
            }
        });
        words.forEach((word, byType) -> {
            int labeled = Arrays.stream(byType).sum();
            if (word.length() < 2 || labeled * 2 < occurrences.getOrDefault(word, 0)) return;
            for (EntityType t : EntityType.values()) {
                if (byType[t.ordinal()] > 0) g.add(word, Gazetteer.Kind.labeledWord(t));
            }
        });
        return g;
    }

    /** Every line of the news files (CSV rows, JSON, Markdown), each distinct line once. */
    static void newsLines(Path news, Consumer<String> sink) throws IOException {
        Set<Long> seen = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(news)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !NEWS_SKIPPED.contains(p.getFileName().toString()))
                    .sorted().toList();
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\\n", "\n");
            for (String line : text.split("\n")) {
                if (line.length() >= 20 && seen.add(Hashing.of(line))) sink.accept(line);
            }
        }
    }

    static Gazetteer gazetteer(Path dir) throws IOException {
        Gazetteer g = new Gazetteer();
        for (String file : List.of("countries/country_id.csv", "countries/country_en.csv")) {
            for (List<String> row : Csv.rows(dir.resolve(file))) g.add(row.get(1), Gazetteer.Kind.COUNTRY);
        }
        for (List<String> row : Csv.rows(dir.resolve("world-cities/world-cities.csv"))) {
            g.add(row.get(0), Gazetteer.Kind.CITY);
            g.add(row.get(2), Gazetteer.Kind.PROVINCE);
        }
        for (String line : Files.readAllLines(dir.resolve("wilayah/wilayah_2025.tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length < 3) continue;
            switch (cols[2]) {
                case "1" -> g.add(cols[1], Gazetteer.Kind.PROVINCE);
                case "2" -> {
                    g.add(cols[1], Gazetteer.Kind.REGENCY);
                    g.add(cols[1].replaceFirst("^(Kabupaten|Kota) ", ""), Gazetteer.Kind.REGENCY);
                }
                case "3" -> g.add(cols[1], Gazetteer.Kind.DISTRICT);
                default -> { }
            }
        }
        politicians(dir.resolve("politicians"), g);
        listedNames(g);
        resource("titles.tsv", phrase -> g.add(phrase, Gazetteer.Kind.TITLE));
        resource("org-words.tsv", phrase -> g.add(phrase, Gazetteer.Kind.ORG_WORD));
        resource("place-words.tsv", phrase -> g.add(phrase, Gazetteer.Kind.PLACE_WORD));
        return g;
    }

    /*
     * Not read, on measurement (26 Nov): calon-terpilih-dpd and dpr.go.id/AKD add 3 full names the
     * lists below lack; retrained with them, every dev split and gold-dev scored exactly as without.
     * pilkada2015-data-calon holds no names (participant ids, endorsing parties, source URLs).
     */
    private static void politicians(Path dir, Gazetteer g) throws IOException {
        record NameColumn(String file, String column) {
        }
        for (NameColumn source : List.of(new NameColumn("dpr.go.id/AnggotaDPR/anggota_dpr.csv", "nama"),
                new NameColumn("calon/2014/dpr/calon-dpr.csv", "nama"),
                new NameColumn("calon/2014/dpd/calon-dpd.csv", "nama"),
                new NameColumn("incumbents/incumbent-DPR.csv", "nama"),
                new NameColumn("incumbents/incumbent-DPD.csv", "nama"))) {
            Path file = dir.resolve(source.file());
            if (!Files.exists(file)) continue;
            List<String> header = Csv.fields(Files.readAllLines(file).getFirst());
            int col = header.indexOf(source.column());
            for (List<String> row : Csv.rows(file)) {
                if (col >= row.size()) continue;
                List<String> name = personName(row.get(col));
                if (name.size() >= 2) g.add(String.join(" ", name), Gazetteer.Kind.PERSON);
                for (String token : name) if (token.length() >= 3) g.add(token, Gazetteer.Kind.GIVEN_NAME);
            }
        }
        for (List<String> row : Csv.rows(dir.resolve("partai/parties.csv"))) {
            g.add(row.get(1), Gazetteer.Kind.ORGANIZATION);
            g.add(row.get(2), Gazetteer.Kind.ORGANIZATION);
        }
        for (List<String> row : Csv.rows(dir.resolve("dpr.go.id/fraksi.csv"))) {
            g.add(row.get(0), Gazetteer.Kind.ORGANIZATION);
        }
    }

    /**
     * The organisations and people the entities layer lists by name (its aliases, with their full
     * names, and the news outlets): {@code KPK}, {@code Komisi Pemberantasan Korupsi}, {@code Reuters}.
     * Forms of two letters ({@code MA}, {@code BI}) are common words once lowercased: left out.
     */
    private static void listedNames(Gazetteer g) {
        for (String[] row : Lexicon.rows(NerTraining.class, "/id/warta/entities/aliases.tsv")) {
            Gazetteer.Kind kind = switch (row[2]) {
                case "ORGANIZATION" -> Gazetteer.Kind.ORGANIZATION;
                case "PERSON" -> Gazetteer.Kind.PERSON;
                default -> null;
            };
            if (kind == null) continue;
            for (String name : List.of(row[0], row[1])) if (name.length() > 2) g.add(name, kind);
        }
        for (String outlet : Outlets.writtenForms()) if (outlet.length() > 2) g.add(outlet, Gazetteer.Kind.ORGANIZATION);
    }

    /** {@code Drs. H. GHAZALI ABBAS ADAN, M.Si.} → [ghazali, abbas, adan]: degrees and titles dropped. */
    static List<String> personName(String raw) {
        String name = raw.split(",")[0].toLowerCase(Locale.ROOT);
        return Stream.of(name.split("\\s+"))
                .filter(t -> !t.isEmpty() && !t.contains(".") && t.chars().allMatch(Character::isLetter))
                .filter(t -> !HONORIFICS.contains(t))
                .toList();
    }

    private static final Set<String> HONORIFICS = Set.of("h", "hj", "dr", "drs", "dra", "ir", "prof", "kh", "tgk",
            "st", "se", "sh", "mh", "mm", "msi", "ma", "mba", "spd", "ssos", "sag", "skm", "amd", "mt");

    static void resource(String name, Consumer<String> phrase) {
        var in = Objects.requireNonNull(NerTraining.class.getResourceAsStream("/id/warta/entities/" + name), name);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> phrase.accept(l.split("\t")[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
