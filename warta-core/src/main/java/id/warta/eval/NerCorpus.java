package id.warta.eval;

import id.warta.entities.ner.Conll;
import id.warta.entities.ner.LabeledSentence;
import id.warta.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named-entity corpora in {@code shared/data/ner}, their tag sets mapped onto person,
 * organisation and place (events, food and the like read as no entity), their splits, and
 * whether a model trained on them may ship (IndoLEM states no licence: evaluation only).
 */
public enum NerCorpus {
    IDNER_NEWS_2K("IDNER-news-2k", "ner/idner-news-2k", List.of("train.txt"), List.of("dev.txt"),
            Map.of("PER", EntityType.PERSON, "ORG", EntityType.ORGANIZATION, "LOC", EntityType.PLACE), true, true),
    NERGRIT("NERGrit", "ner/nergrit", List.of("train_preprocess.txt"), List.of("valid_preprocess.txt"),
            Map.of("PERSON", EntityType.PERSON, "ORGANISATION", EntityType.ORGANIZATION, "PLACE", EntityType.PLACE),
            true, true),
    NERP("NER-P", "ner/nerp", List.of("train_preprocess.txt"), List.of("valid_preprocess.txt"),
            Map.of("PPL", EntityType.PERSON, "IND", EntityType.ORGANIZATION, "PLC", EntityType.PLACE), false, true),
    /** IndoLEM NER-UI: five folds; the dev split here is all five dev folds, the test split all five test folds. */
    NERUI("IndoLEM NER-UI", "ner/indolem/nerui", folds("train"), folds("dev"),
            Map.of("PERSON", EntityType.PERSON, "ORGANIZATION", EntityType.ORGANIZATION, "LOCATION", EntityType.PLACE),
            true, false);

    public static final int FOLDS = 5;

    private final String title;
    private final String folder;
    private final List<String> train;
    private final List<String> dev;
    private final Map<String, EntityType> types;
    private final boolean cased;
    private final boolean shippable;

    NerCorpus(String title, String folder, List<String> train, List<String> dev, Map<String, EntityType> types,
              boolean cased, boolean shippable) {
        this.title = title;
        this.folder = folder;
        this.train = train;
        this.dev = dev;
        this.types = types;
        this.cased = cased;
        this.shippable = shippable;
    }

    private static List<String> folds(String split) {
        List<String> files = new ArrayList<>();
        for (int k = 1; k <= FOLDS; k++) files.add(foldFile(split, k));
        return files;
    }

    private static String foldFile(String split, int k) {
        return "%s.0%d.tsv".formatted(split, k);
    }

    public String title() {
        return title;
    }

    /** The short name used as the feature domain and on the command line: {@code idner}, {@code nerp}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace("_news_2k", "");
    }

    public boolean shippable() {
        return shippable;
    }

    public boolean cased() {
        return cased;
    }

    /** Whether the shared data folder holds this corpus. */
    public boolean present() {
        return SharedData.resolve("data/" + folder).isPresent();
    }

    public List<LabeledSentence> train() {
        return read(train);
    }

    public List<LabeledSentence> dev() {
        return read(dev);
    }

    /** One IndoLEM fold's split ({@code train}, {@code dev} or {@code test}), {@code k} in 1..5. */
    public List<LabeledSentence> fold(String split, int k) {
        if (this != NERUI) throw new IllegalStateException(title + " has no folds");
        return read(List.of(foldFile(split, k)));
    }

    private List<LabeledSentence> read(List<String> files) {
        Path dir = SharedData.resolve("data/" + folder)
                .orElseThrow(() -> new IllegalStateException("shared/data/" + folder + " is not here"));
        List<LabeledSentence> all = new ArrayList<>();
        try {
            for (String f : files) all.addAll(Conll.read(dir.resolve(f), types, cased, key()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
