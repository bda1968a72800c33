package id.warta.entities.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear-chain tagger: the feature lexicons it was trained with (word classes,
 * gazetteers), one weight per feature and tag, one per pair of adjacent tags. Immutable and
 * thread-safe once built.
 */
public final class NerModel {
    private static final int MAGIC = 0x574E4552; // "WNER"
    private static final int VERSION = 1;
    private static final int L = Labels.COUNT;

    private final WordTable words;
    private final Gazetteer gazetteer;
    private final Features features;
    private final FeatureIndex index;
    private final float[] weights;
    private final float[] transitions;
    private final String domain;

    NerModel(WordTable words, Gazetteer gazetteer, FeatureIndex index, float[] weights, float[] transitions,
             String domain) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.features = new Features(words, gazetteer);
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
        this.domain = domain;
    }

    /** The names in a tokenised sentence; {@code cased} says whether its letter case can be trusted. */
    public List<NameSpan> tag(List<String> tokens, boolean cased) {
        return tag(tokens, cased, domain);
    }

    /** As {@link #tag(List, boolean)}, reading the features of one training corpus's conventions. */
    public List<NameSpan> tag(List<String> tokens, boolean cased, String corpus) {
        if (tokens.isEmpty()) return List.of();
        float[] emission = features.scores(tokens, cased, corpus, index, weights);
        return Labels.decode(Viterbi.decode(emission, tokens.size(), transitions));
    }

    /**
     * Whether news text writes {@code word} in lower case almost everywhere it is free to
     * (mid-sentence): a common word, not a name, when found capitalised at a sentence start.
     */
    public boolean commonInLowerCase(String word) {
        WordTable.Info info = info(word);
        return info != null && info.caseBucket() != WordTable.UNKNOWN && info.caseBucket() <= WordTable.RARELY_CAPITALISED;
    }

    /**
     * Whether news text writes {@code word} all in capitals in most of its uses mid-sentence,
     * as an acronym ({@code KTT}, {@code BSD}, {@code DC}) and not an ordinary word ({@code New}).
     */
    public boolean writtenInCapitals(String word) {
        WordTable.Info info = info(word);
        return info != null && info.upperBucket() >= WordTable.MOST_USES;
    }

    /**
     * Whether the news the model learnt from writes {@code word} in lower case at times (it is
     * capitalised in less than 98% of its uses: {@code Keuangan}, {@code Umum}), as a name
     * of a person almost never is; unknown words are not.
     */
    public boolean seenInLowerCase(String word) {
        WordTable.Info info = info(word);
        return info != null && info.caseBucket() != WordTable.UNKNOWN && info.caseBucket() <= WordTable.MOSTLY_CAPITALISED;
    }

    /**
     * How often the news the model learnt from writes {@code word}, as the bits of its count (0 when never, up to
     * 12): a name's slipped spelling is rarer than the name.
     */
    public int frequency(String word) {
        WordTable.Info info = info(word);
        return info == null ? 0 : info.frequencyBucket();
    }

    /**
     * Whether the tagger's lists know {@code word} alone only in people's names ({@code Lalu}, {@code Siti}): a word of
     * the politicians' names or of the names training labels as people, and of no place's, body's or title's.
     */
    public boolean listsOnlyAsPersonWord(String word) {
        int kinds = gazetteer.kindsOf(word.toLowerCase(Locale.ROOT));
        int personal = bit(Gazetteer.Kind.GIVEN_NAME) | bit(Gazetteer.Kind.LABELED_PERSON_WORD);
        int people = personal | bit(Gazetteer.Kind.PERSON) | bit(Gazetteer.Kind.LABELED_PERSON);
        return (kinds & personal) != 0 && (kinds & ~people) == 0;
    }

    private static int bit(Gazetteer.Kind kind) {
        return 1 << kind.ordinal();
    }

    /** What the news text the model learnt from says of {@code word}, in any case; null when it never met it. */
    private WordTable.Info info(String word) {
        return words.get(word.toLowerCase(Locale.ROOT));
    }

    /** The corpus conventions the model reads by default, or null for the shared weights only. */
    public String domain() {
        return domain;
    }

    WordTable words() {
        return words;
    }

    public int featureCount() {
        return index.size();
    }

    public void write(OutputStream raw) throws IOException {
        try (var out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(domain == null ? "" : domain);
            words.write(out);
            gazetteer.write(out);
            for (float t : transitions) out.writeFloat(t);
            writeWeights(out);
        }
    }

    /** Weights as 16-bit fixed point, rows without a weight above the quantum dropped. */
    private void writeWeights(DataOutputStream out) throws IOException {
        float max = 1e-9f;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        float quantum = max / Short.MAX_VALUE;
        long[] keys = index.features();
        int kept = 0;
        for (int row = 0; row < keys.length; row++) if (keep(row, quantum)) kept++;
        out.writeFloat(quantum);
        out.writeInt(kept);
        for (int row = 0; row < keys.length; row++) {
            if (!keep(row, quantum)) continue;
            out.writeLong(keys[row]);
            int mask = 0;
            for (int t = 0; t < L; t++) if (Math.round(weights[row * L + t] / quantum) != 0) mask |= 1 << t;
            out.writeShort(mask);
            for (int t = 0; t < L; t++) {
                if ((mask & (1 << t)) != 0) out.writeShort(Math.round(weights[row * L + t] / quantum));
            }
        }
    }

    private boolean keep(int row, float quantum) {
        for (int t = 0; t < L; t++) if (Math.round(weights[row * L + t] / quantum) != 0) return true;
        return false;
    }

    /** The model written to {@code file} by {@link #write}. */
    public static NerModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static NerModel read(InputStream raw) throws IOException {
        try (var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)))) {
            if (in.readInt() != MAGIC) throw new IOException("not a Warta NER model");
            int version = in.readInt();
            if (version != VERSION) throw new IOException("NER model version " + version + ", expected " + VERSION);
            String domain = in.readUTF();
            WordTable words = WordTable.read(in);
            Gazetteer gazetteer = Gazetteer.read(in);
            float[] transitions = new float[(L + 1) * (L + 1)];
            for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
            float quantum = in.readFloat();
            int rows = in.readInt();
            FeatureIndex index = new FeatureIndex(rows);
            float[] weights = new float[rows * L];
            for (int r = 0; r < rows; r++) {
                int row = index.add(in.readLong());
                int mask = in.readShort() & 0xFFFF;
                for (int t = 0; t < L; t++) {
                    if ((mask & (1 << t)) != 0) weights[row * L + t] = in.readShort() * quantum;
                }
            }
            return new NerModel(words, gazetteer, index, weights, transitions, domain.isEmpty() ? null : domain);
        }
    }
}
