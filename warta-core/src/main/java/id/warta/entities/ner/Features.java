package id.warta.entities.ner;

import id.warta.entities.ner.KnownWords.Known;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a sentence into the features of each token, as 64-bit hashes: the word and its
 * neighbours (lowercased), affixes, word shape, distributional classes, how often the word
 * is capitalised in news, gazetteer matches around it, names spelled by a bracketed
 * abbreviation after them ({@link Acronyms}) and, in cased text, the first word of the run
 * of capitalised words a token is in ({@link NameRuns}). Features that read letter case
 * are emitted only for cased text, so lowercased training data (NER-P) and all-caps or
 * all-lowercase input neither teach nor see them. The templates and their order are in
 * {@link Templates}, what each reads in {@link Template#make}, the per-token facts of one sentence
 * in {@link Sentence}; where the features go (hashes for training, weights for tagging) in
 * {@link Emitter}. Here: each token's {@link Word}, and the loops making and scoring a sentence.
 */
final class Features {
    private static final int MAX_AFFIX = 4;
    private static final int L = Labels.COUNT;

    /** Distinct tokens whose {@link Word} (and whose {@link KnownWords}) are kept; all are forgotten at once when there are more. */
    static final int REMEMBERED = 1 << 17;

    private final WordTable words;
    /** Never changed once given here: each remembered {@link Word} keeps where its phrases go on. */
    private final Gazetteer gazetteer;
    /** Token text to what it gives the templates by itself: news repeats its words, so most are looked up. */
    private final Map<String, Word> seen = new ConcurrentHashMap<>();
    /** The sums of the features reading one token alone, for the model and conventions tagging read last. */
    private volatile KnownWords knownWords;
    /** The weights of the model tagging last read, laid out for its lookups. */
    private volatile WeightRows weightRows;

    /** The templates of every token's features, and of the cased ones, each in the order training makes them. */
    private final Templates plain, withCase;

    Features(WordTable words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.plain = Templates.plain(words.levels());
        this.withCase = Templates.cased();
    }

    /**
     * What one token's text gives the templates, whatever its neighbours: its lowercased core
     * and that core's hash, what the word table knows of it, its affix values (prefix and
     * suffix of each length, in turn), the hashes of its shapes and of the text as written, and
     * where the gazetteer's phrases opening with it go on (null: none opens with it).
     */
    record Word(String lower, long lowerHash, WordTable.Info info, long[] affixes, long neutralShape,
                        long cased, long shape, long shortShape, Gazetteer.Node gazetteerStart) {
    }

    private Word wordOf(String token) {
        Word w = seen.get(token);
        if (w != null) return w;
        String lower = core(token).toLowerCase(Locale.ROOT);
        long[] affixes = new long[2 * Math.max(0, Math.min(MAX_AFFIX, lower.length() - 1))];
        for (int k = 1; k <= MAX_AFFIX && k < lower.length(); k++) {
            affixes[2 * (k - 1)] = Hashing.mix(k, Hashing.of(lower, 0, k));
            affixes[2 * (k - 1) + 1] = Hashing.mix(k, Hashing.of(lower, lower.length() - k, lower.length()));
        }
        w = new Word(lower, Hashing.of(lower), words.get(lower), affixes, Hashing.of(shape(token, true, false)),
                Hashing.of(token), Hashing.of(shape(token, false, false)), Hashing.of(shape(token, false, true)),
                gazetteer.start(lower));
        if (seen.size() >= REMEMBERED) seen.clear();
        seen.put(token, w);
        return w;
    }

    /**
     * The features of each token of {@code tokens}. {@code cased} says whether the letter case
     * carries information; {@code domain}, when not null, adds a copy of every feature
     * conjoined with it (training across corpora with different conventions).
     */
    long[][] extract(List<String> tokens, boolean cased, String domain) {
        Word[] w = new Word[tokens.size()];
        for (int i = 0; i < w.length; i++) w[i] = wordOf(tokens.get(i));
        Sentence s = new Sentence(tokens, w, cased, gazetteer);
        long[][] out = new long[s.n][];
        Emitter.Hashes e = new Emitter.Hashes(domain);
        for (int i = 0; i < s.n; i++) {
            for (Template t : plain.all) t.make(s, i, e);
            if (cased) for (Template t : withCase.all) t.make(s, i, e);
            out[i] = e.take();
        }
        return out;
    }

    /**
     * What tagging reads: for each tag, the sum of the weights of every token's features (those
     * {@link #extract} gives), token-major ({@code weights} holds row {@code r}'s weight for tag
     * {@code t} at {@code r * Labels.COUNT + t}; features {@code index} does not hold weigh
     * nothing). The features that read one token's text alone ({@link Template#alone}) are summed
     * once per word and role ({@link Known}) and the sums kept, so the weights are added in an order
     * of this method's own, the same whatever was kept: for the plain features, then for the cased
     * ones, first the features added straight to the scores ({@link Templates#direct}) in the
     * order training makes them, then the sums of the roles, from two tokens before to two after.
     */
    float[] scores(List<String> tokens, boolean cased, String domain, FeatureIndex index, float[] weights) {
        KnownWords cache = knownWords(index, weights, domain);
        int n = tokens.size();
        Known[] known = new Known[n];
        Word[] w = new Word[n];
        for (int i = 0; i < n; i++) {
            String token = tokens.get(i);
            Known k = cache.get(Hashing.of(token));
            known[i] = k != null ? k : new Known(wordOf(token), new float[Known.ROLES * L], 0);
            w[i] = known[i].word();
        }
        Sentence s = new Sentence(tokens, w, cased, gazetteer);
        float[] scores = new float[n * L];
        Known[] made = known.clone();
        Emitter.WeightAdder e = new Emitter.WeightAdder(domain, weightRows(cache));
        for (int i = 0; i < n; i++) {
            score(plain, false, s, i, made, scores, e);
            if (cased) score(withCase, true, s, i, made, scores, e);
        }
        for (int j = 0; j < n; j++) if (made[j] != known[j]) cache.remember(made[j]);
        return scores;
    }

    /**
     * Adds to token {@code i}'s scores the weights of the features of {@code templates}: those
     * added straight, then the sums of the roles the tokens around it play. A role's sums not kept
     * are made into a new {@link Known} for the token, which replaces {@code known[j]}. A role with
     * none of the model's features is added like the others: adding its zeros leaves the scores as
     * they were (they start at +0, and a sum from +0 is never -0).
     */
    private static void score(Templates templates, boolean cased, Sentence s, int i, Known[] known,
                              float[] scores, Emitter.WeightAdder e) {
        int n = known.length;
        e.into(scores, i * L);
        for (Template t : templates.direct(i, n)) t.make(s, i, e);
        for (int offset = -Known.REACH; offset <= Known.REACH; offset++) {
            int j = i + offset;
            if (j < 0 || j >= n) continue;
            int role = Known.role(cased, offset);
            Known k = known[j];
            if (!k.played(role)) {
                float[] sums = k.sums().clone();
                e.into(sums, role * L);
                for (Template t : templates.reading(offset)) t.make(s, i, e);
                k = new Known(k.word(), sums, k.played() | 1 << role, k.key());
                known[j] = k;
            }
            float[] sums = k.sums();
            for (int t = 0, at = role * L; t < L; t++) scores[i * L + t] += sums[at + t];
        }
    }

    /** The weights of {@code cache}'s model (its index and weights), kept whatever the conventions read. */
    private WeightRows weightRows(KnownWords cache) {
        WeightRows rows = weightRows;
        if (rows == null || rows.index != cache.index || rows.weights != cache.weights) {
            rows = new WeightRows(cache.index, cache.weights);
            weightRows = rows;
        }
        return rows;
    }

    /** The sums kept for this model and {@code domain}; those of another (evaluation's other conventions) are forgotten. */
    private KnownWords knownWords(FeatureIndex index, float[] weights, String domain) {
        KnownWords cache = knownWords;
        if (cache == null || cache.index != index || cache.weights != weights || !Objects.equals(cache.domain, domain)) {
            cache = new KnownWords(index, weights, domain);
            knownWords = cache;
        }
        return cache;
    }

    /** The word without punctuation glued to its ends ({@code (KPK)} → {@code KPK}); punctuation stays itself. */
    static String core(String token) {
        int from = 0, to = token.length();
        while (from < to && !Character.isLetterOrDigit(token.charAt(from))) from++;
        while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) to--;
        return from == to ? token : token.substring(from, to);
    }

    /**
     * The shape of a word: letters as {@code X}/{@code x} (or {@code a} when case is ignored),
     * digits as {@code d}, other characters as themselves; runs cut to two ({@code Xxx}) or,
     * short, to one ({@code Xx}).
     */
    static String shape(String word, boolean ignoreCase, boolean shortForm) {
        StringBuilder b = new StringBuilder(Math.min(word.length(), 16));
        char last = 0;
        int run = 0;
        for (int i = 0; i < word.length() && b.length() < 16; i++) {
            char c = word.charAt(i);
            char k = Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? (ignoreCase ? 'a' : Character.isUpperCase(c) ? 'X' : 'x') : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= (shortForm ? 1 : 2)) b.append(k);
        }
        return b.toString();
    }
}
