package id.warta.entities.ner;

import id.warta.entities.ner.WordSums.Known;
import java.util.ArrayList;
import java.util.Arrays;
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
 * all-lowercase input neither teach nor see them.
 */
final class Features {
    /** Templates: each feature's first hash part. The values are part of the model: never reuse one. */
    private static final long BIAS = 1, WORD = 2, PREV_WORD = 3, NEXT_WORD = 4, PREV2_WORD = 5, NEXT2_WORD = 6,
            PREV_BIGRAM = 7, NEXT_BIGRAM = 8, PREFIX = 9, SUFFIX = 10, NEUTRAL_SHAPE = 11, PREV_NEUTRAL_SHAPE = 12,
            NEXT_NEUTRAL_SHAPE = 13, LENGTH = 14, CLASS = 15, PREV_CLASS = 16, NEXT_CLASS = 17, CASE_SHARE = 18,
            PREV_CASE_SHARE = 19, NEXT_CASE_SHARE = 20, UPPER_SHARE = 21, FREQUENCY = 22, GAZ = 23, PREV_GAZ = 24,
            NEXT_GAZ = 25, FIRST = 26, CASED_WORD = 27, SHAPE = 28, PREV_SHAPE = 29, NEXT_SHAPE = 30,
            SHORT_SHAPE = 31, PREV_SHAPE_BIGRAM = 32, NEXT_SHAPE_BIGRAM = 33, CAPS_WINDOW = 34, CAP_CASE_SHARE = 35,
            CAP_FIRST = 36, PREV2_CLASS = 37, NEXT2_CLASS = 38, CASED_PREV_WORD = 39, CASED_NEXT_WORD = 40,
            PREV2_GAZ = 41, NEXT2_GAZ = 42, DEFINED = 43, PREV_DEFINED = 44, NEXT_DEFINED = 45,
            RUN_HEAD = 46, RUN_HEAD_GAZ = 47;
    private static final long START = Hashing.of("<s>"), END = Hashing.of("</s>"), NONE = Hashing.of("<none>");
    private static final int MAX_AFFIX = 4;
    private static final int L = Labels.COUNT;

    /** Distinct tokens whose {@link Word} (and whose {@link WordSums}) are kept; all are forgotten at once when there are more. */
    static final int REMEMBERED = 1 << 17;

    private final WordTable words;
    /** Never changed once given here: each remembered {@link Word} keeps where its phrases go on. */
    private final Gazetteer gazetteer;
    /** Token text to what it gives the templates by itself: news repeats its words, so most are looked up. */
    private final Map<String, Word> seen = new ConcurrentHashMap<>();
    /** The sums of the features reading one token alone, for the model and conventions tagging read last. */
    private volatile WordSums wordSums;
    /** The weights of the model tagging last read, laid out for its lookups. */
    private volatile WeightRows weightRows;

    /** The templates of every token's features, and of the cased ones, each in the order training makes them. */
    private final Templates plain, withCase;

    Features(WordTable words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.plain = new Templates(plainTemplates(words.levels()));
        this.withCase = new Templates(casedTemplates());
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
        Sentence s = new Sentence(tokens, w, cased);
        long[][] out = new long[s.n][];
        Hashes e = new Hashes(domain);
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
        WordSums cache = wordSums(index, weights, domain);
        int n = tokens.size();
        Known[] known = new Known[n];
        Word[] w = new Word[n];
        for (int i = 0; i < n; i++) {
            String token = tokens.get(i);
            Known k = cache.get(Hashing.of(token));
            known[i] = k != null ? k : new Known(wordOf(token), new float[Known.ROLES * L], 0);
            w[i] = known[i].word();
        }
        Sentence s = new Sentence(tokens, w, cased);
        float[] scores = new float[n * L];
        Known[] made = known.clone();
        WeightSums e = new WeightSums(domain, weightRows(cache));
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
                              float[] scores, WeightSums e) {
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
                k = new Known(k.word(), sums, k.played() | 1 << role);
                known[j] = k;
            }
            float[] sums = k.sums();
            for (int t = 0, at = role * L; t < L; t++) scores[i * L + t] += sums[at + t];
        }
    }

    /** The weights of {@code cache}'s model (its index and weights), kept whatever the conventions read. */
    private WeightRows weightRows(WordSums cache) {
        WeightRows rows = weightRows;
        if (rows == null || rows.index != cache.index || rows.weights != cache.weights) {
            rows = new WeightRows(cache.index, cache.weights);
            weightRows = rows;
        }
        return rows;
    }

    /** The sums kept for this model and {@code domain}; those of another (evaluation's other conventions) are forgotten. */
    private WordSums wordSums(FeatureIndex index, float[] weights, String domain) {
        WordSums cache = wordSums;
        if (cache == null || cache.index != index || cache.weights != weights || !Objects.equals(cache.domain, domain)) {
            cache = new WordSums(index, weights, domain);
            wordSums = cache;
        }
        return cache;
    }

    /**
     * What a template reads. One switch over them ({@link Template#make}) rather than one lambda per
     * template: tagging calls some fifteen templates per token, and a call through forty lambda classes
     * the JIT cannot inline was a tenth of the tagger's time.
     */
    private enum Kind {
        /** Reading one token alone, one feature of what it reads. */
        BIAS, WORD, NEUTRAL_SHAPE, LENGTH, CLASS, CLASS_UNMIXED, CASE_BUCKET, UPPER_BUCKET, FREQUENCY, CASED_WORD,
        SHAPE, SHORT_SHAPE, CAPITAL_CASE_BUCKET,
        /** Reading one token alone, a prefix and a suffix feature of each length. */
        AFFIXES,
        /** Reading the sentence around the token described. */
        BIGRAM_BEFORE, BIGRAM_AFTER, GAZETTEER, FIRST, DEFINED, SHAPE_BIGRAM_BEFORE, SHAPE_BIGRAM_AFTER, CAPS_WINDOW,
        CAPITAL_FIRST, RUN_HEAD
    }

    /**
     * A template of features: {@code template} is their first hash part, {@code arg} what its kind
     * needs besides (a word class's level; the gazetteer's token, relative to the one described).
     * When {@code alone}, its features read the text of one token alone, the one at {@code offset}
     * from the token described (0 for itself; beyond the sentence's ends, the boundary): they are the
     * same wherever it stands, so tagging may keep their weights' sums per word. Whether such a
     * feature is made, and how many of its template, may depend on that token's text and on nothing
     * else. Otherwise (offset 0) it reads the sentence around the token described.
     */
    private record Template(int offset, boolean alone, Kind kind, long template, int arg) {
        /** A template whose features read, by {@code kind}, the token at {@code offset}. */
        static Template reads(int offset, long template, Kind kind) {
            return new Template(offset, true, kind, template, 0);
        }

        static Template reads(int offset, long template, Kind kind, int arg) {
            return new Template(offset, true, kind, template, arg);
        }

        static Template around(Kind kind, long template) {
            return new Template(0, false, kind, template, 0);
        }

        static Template around(Kind kind, long template, int arg) {
            return new Template(0, false, kind, template, arg);
        }

        void make(Sentence s, int i, Emitter e) {
            int at = i + offset;
            switch (kind) {
                case BIAS -> e.add(template, 0);
                case WORD -> e.add(template, s.word(at));
                case NEUTRAL_SHAPE -> e.add(template, s.neutralShape(at));
                case LENGTH -> e.add(template, Math.min(s.lower[at].length(), 12));
                case CLASS -> e.add(template, Hashing.mix(arg, s.wordClass(at, arg)));
                case CLASS_UNMIXED -> e.add(template, s.wordClass(at, arg));
                case CASE_BUCKET -> e.add(template, s.caseBucket(at));
                case UPPER_BUCKET -> e.add(template, s.upperBucket(at));
                case FREQUENCY -> e.add(template, s.frequencyBucket(at));
                case CASED_WORD -> e.add(template, s.casedWord(at));
                case SHAPE -> e.add(template, s.shape(at));
                case SHORT_SHAPE -> e.add(template, s.shortShape(at));
                case CAPITAL_CASE_BUCKET -> e.add(template, Hashing.mix(s.capitalised(at) ? 1 : 0, s.caseBucket(at)));
                case AFFIXES -> {
                    long[] affixes = s.affixes(at);
                    for (int k = 0; k < affixes.length; k += 2) {
                        e.add(PREFIX, affixes[k]);
                        e.add(SUFFIX, affixes[k + 1]);
                    }
                }
                case BIGRAM_BEFORE -> e.add(template, Hashing.mix(s.word(at - 1), s.word(at)));
                case BIGRAM_AFTER -> e.add(template, Hashing.mix(s.word(at), s.word(at + 1)));
                case GAZETTEER -> gazetteer(template, s, at + arg, e);
                case FIRST -> {
                    if (at == 0) e.add(template, 0);
                }
                case DEFINED -> {
                    if (s.defined[at] != Acronyms.NONE) e.add(DEFINED, s.defined[at]);
                    if (at > 0 && s.defined[at - 1] != Acronyms.NONE) e.add(PREV_DEFINED, s.defined[at - 1]);
                    if (at + 1 < s.n && s.defined[at + 1] != Acronyms.NONE) e.add(NEXT_DEFINED, s.defined[at + 1]);
                }
                case SHAPE_BIGRAM_BEFORE -> e.add(template, Hashing.mix(s.shortShape(at - 1), s.shortShape(at)));
                case SHAPE_BIGRAM_AFTER -> e.add(template, Hashing.mix(s.shortShape(at), s.shortShape(at + 1)));
                case CAPS_WINDOW -> e.add(template,
                        (s.capitalised(at - 1) ? 4 : 0) | (s.capitalised(at) ? 2 : 0) | (s.capitalised(at + 1) ? 1 : 0));
                case CAPITAL_FIRST -> {
                    if (at == 0) e.add(template, Hashing.mix(s.capitalised(at) ? 1 : 0, s.caseBucket(at)));
                }
                case RUN_HEAD -> {
                    int head = s.runStart[at];
                    if (head >= 0 && head < at) {
                        e.add(RUN_HEAD, s.word(head));
                        gazetteer(RUN_HEAD_GAZ, s, head, e);
                    }
                }
            }
        }
    }

    /** Every token's features, in the order training makes them (the order is part of the model). */
    private static List<Template> plainTemplates(int levels) {
        List<Template> t = new ArrayList<>();
        t.add(Template.reads(0, BIAS, Kind.BIAS));
        t.add(Template.reads(0, WORD, Kind.WORD));
        t.add(Template.reads(-1, PREV_WORD, Kind.WORD));
        t.add(Template.reads(1, NEXT_WORD, Kind.WORD));
        t.add(Template.reads(-2, PREV2_WORD, Kind.WORD));
        t.add(Template.reads(2, NEXT2_WORD, Kind.WORD));
        t.add(Template.around(Kind.BIGRAM_BEFORE, PREV_BIGRAM));
        t.add(Template.around(Kind.BIGRAM_AFTER, NEXT_BIGRAM));
        t.add(Template.reads(0, PREFIX, Kind.AFFIXES));
        t.add(Template.reads(0, NEUTRAL_SHAPE, Kind.NEUTRAL_SHAPE));
        t.add(Template.reads(-1, PREV_NEUTRAL_SHAPE, Kind.NEUTRAL_SHAPE));
        t.add(Template.reads(1, NEXT_NEUTRAL_SHAPE, Kind.NEUTRAL_SHAPE));
        t.add(Template.reads(0, LENGTH, Kind.LENGTH));
        for (int level = 0; level < levels; level++) {
            t.add(Template.reads(0, CLASS, Kind.CLASS, level));
            t.add(Template.reads(-1, PREV_CLASS, Kind.CLASS, level));
            t.add(Template.reads(1, NEXT_CLASS, Kind.CLASS, level));
        }
        if (levels > 1) {
            t.add(Template.reads(-2, PREV2_CLASS, Kind.CLASS_UNMIXED, 1));
            t.add(Template.reads(2, NEXT2_CLASS, Kind.CLASS_UNMIXED, 1));
        }
        t.add(Template.reads(0, CASE_SHARE, Kind.CASE_BUCKET));
        t.add(Template.reads(-1, PREV_CASE_SHARE, Kind.CASE_BUCKET));
        t.add(Template.reads(1, NEXT_CASE_SHARE, Kind.CASE_BUCKET));
        t.add(Template.reads(0, UPPER_SHARE, Kind.UPPER_BUCKET));
        t.add(Template.reads(0, FREQUENCY, Kind.FREQUENCY));
        t.add(Template.around(Kind.GAZETTEER, GAZ, 0));
        t.add(Template.around(Kind.GAZETTEER, PREV_GAZ, -1));
        t.add(Template.around(Kind.GAZETTEER, NEXT_GAZ, 1));
        t.add(Template.around(Kind.FIRST, FIRST));
        t.add(Template.around(Kind.GAZETTEER, PREV2_GAZ, -2));
        t.add(Template.around(Kind.GAZETTEER, NEXT2_GAZ, 2));
        t.add(Template.around(Kind.DEFINED, DEFINED));
        return t;
    }

    private static void gazetteer(long template, Sentence s, int i, Emitter e) {
        if (i < 0 || i >= s.n) return;
        for (int w = 0; w < Gazetteer.WORDS_PER_TOKEN; w++) {
            long marks = s.gaz[i * Gazetteer.WORDS_PER_TOKEN + w];
            for (long m = marks; m != 0; m &= m - 1) e.add(template, w * 64L + Long.numberOfTrailingZeros(m));
        }
    }

    /** The features of cased text, in the order training makes them after the others. */
    private static List<Template> casedTemplates() {
        List<Template> t = new ArrayList<>();
        t.add(Template.reads(0, CASED_WORD, Kind.CASED_WORD));
        t.add(Template.reads(-1, CASED_PREV_WORD, Kind.CASED_WORD));
        t.add(Template.reads(1, CASED_NEXT_WORD, Kind.CASED_WORD));
        t.add(Template.reads(0, SHAPE, Kind.SHAPE));
        t.add(Template.reads(-1, PREV_SHAPE, Kind.SHAPE));
        t.add(Template.reads(1, NEXT_SHAPE, Kind.SHAPE));
        t.add(Template.reads(0, SHORT_SHAPE, Kind.SHORT_SHAPE));
        t.add(Template.around(Kind.SHAPE_BIGRAM_BEFORE, PREV_SHAPE_BIGRAM));
        t.add(Template.around(Kind.SHAPE_BIGRAM_AFTER, NEXT_SHAPE_BIGRAM));
        t.add(Template.around(Kind.CAPS_WINDOW, CAPS_WINDOW));
        t.add(Template.reads(0, CAP_CASE_SHARE, Kind.CAPITAL_CASE_BUCKET));
        t.add(Template.around(Kind.CAPITAL_FIRST, CAP_FIRST));
        t.add(Template.around(Kind.RUN_HEAD, RUN_HEAD));
        return t;
    }

    /**
     * One list of templates, in the order training makes their features, and what tagging reads of
     * it: the templates reading one token alone at each offset, and those whose features it adds
     * straight to a token's scores.
     */
    private static final class Templates {
        final Template[] all;
        /** By offset ({@code offset + REACH}): the templates reading the token there alone, in order. */
        private final Template[][] reading;
        /**
         * By how many tokens stand before and after the one described (up to REACH each): the
         * templates reading the sentence around it or beyond its ends, in order.
         */
        private final Template[][][] direct;

        Templates(List<Template> templates) {
            all = templates.toArray(Template[]::new);
            int offsets = 2 * Known.REACH + 1;
            reading = new Template[offsets][];
            for (int r = 0; r < offsets; r++) {
                int offset = r - Known.REACH;
                reading[r] = templates.stream().filter(t -> t.alone() && t.offset() == offset).toArray(Template[]::new);
            }
            direct = new Template[Known.REACH + 1][Known.REACH + 1][];
            for (int before = 0; before <= Known.REACH; before++) {
                for (int after = 0; after <= Known.REACH; after++) {
                    int from = -before, to = after;
                    direct[before][after] = templates.stream()
                            .filter(t -> !t.alone() || t.offset() < from || t.offset() > to).toArray(Template[]::new);
                }
            }
        }

        Template[] reading(int offset) {
            return reading[offset + Known.REACH];
        }

        /** What is added straight to token {@code i}'s scores in a sentence of {@code n}: its sentence's features and the boundary's. */
        Template[] direct(int i, int n) {
            return direct[Math.min(i, Known.REACH)][Math.min(n - 1 - i, Known.REACH)];
        }
    }

    /**
     * Per-token facts of one sentence, computed once and read by every template. What a token's text gives
     * alone is read from its {@link Word}, not copied: tagging reads little of it (most of it is in the sums
     * kept per word), and the copies were most of a sentence's making.
     */
    private final class Sentence {
        final int n;
        final String[] original;
        final String[] lower;
        private final Word[] words;
        final long[] gaz;
        /** Where the {@link NameRuns run} each token is in starts, or -1; cased text only. */
        final int[] runStart;
        /** Each token's {@link Acronyms} mark. */
        final byte[] defined;
        /** Whether each token opens with a capital; cased text only. */
        private final boolean[] capitals;

        Sentence(List<String> tokens, Word[] words, boolean withCase) {
            n = tokens.size();
            this.words = words;
            original = tokens.toArray(String[]::new);
            lower = new String[n];
            Gazetteer.Node[] gazetteerStarts = new Gazetteer.Node[n];
            for (int i = 0; i < n; i++) {
                lower[i] = words[i].lower;
                gazetteerStarts[i] = words[i].gazetteerStart;
            }
            gaz = gazetteer.match(lower, gazetteerStarts);
            if (withCase) {
                capitals = new boolean[n];
                for (int i = 0; i < n; i++) capitals[i] = Character.isUpperCase(original[i].charAt(0));
                runStart = NameRuns.starts(capitals, lower);
            } else {
                capitals = null;
                runStart = null;
            }
            defined = Acronyms.marks(original, lower);
        }

        long[] affixes(int i) {
            return words[i].affixes;
        }

        long word(int i) {
            return i < 0 ? START : i >= n ? END : words[i].lowerHash;
        }

        long casedWord(int i) {
            return i < 0 ? START : i >= n ? END : words[i].cased;
        }

        long neutralShape(int i) {
            return i < 0 ? START : i >= n ? END : words[i].neutralShape;
        }

        long shape(int i) {
            return i < 0 ? START : i >= n ? END : words[i].shape;
        }

        long shortShape(int i) {
            return i < 0 ? START : i >= n ? END : words[i].shortShape;
        }

        /** Read by the cased templates only. */
        boolean capitalised(int i) {
            return i >= 0 && i < n && capitals[i];
        }

        long wordClass(int i, int level) {
            if (i < 0) return START;
            if (i >= n) return END;
            WordTable.Info info = words[i].info;
            return info == null ? NONE : info.classes()[level];
        }

        long caseBucket(int i) {
            if (i < 0) return START;
            if (i >= n) return END;
            WordTable.Info info = words[i].info;
            return info == null ? WordTable.UNKNOWN : info.caseBucket();
        }

        long upperBucket(int i) {
            WordTable.Info info = words[i].info;
            return info == null ? WordTable.UNKNOWN : info.upperBucket();
        }

        long frequencyBucket(int i) {
            WordTable.Info info = words[i].info;
            return info == null ? 0 : info.frequencyBucket();
        }

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

    /** Collects features as they are made, with their domain-conjoined copies when asked. */
    private abstract static class Emitter {
        private final long domain;

        Emitter(String domain) {
            this.domain = domain == null ? 0 : Hashing.of(domain);
        }

        final void add(long template, long value) {
            long f = Hashing.mix(template, value);
            push(f);
            if (domain != 0) push(Hashing.mix(f, domain));
        }

        abstract void push(long feature);
    }

    /** Keeps one token's feature hashes, for training to count and number. */
    private static final class Hashes extends Emitter {
        private long[] buffer = new long[128];
        private int size;

        Hashes(String domain) {
            super(domain);
        }

        @Override
        void push(long feature) {
            if (size == buffer.length) buffer = Arrays.copyOf(buffer, size * 2);
            buffer[size++] = feature;
        }

        /** The hashes collected since the last take. */
        long[] take() {
            long[] token = Arrays.copyOf(buffer, size);
            size = 0;
            return token;
        }
    }

    /** Adds each feature's weights, for every tag, where {@link #into} says. */
    private static final class WeightSums extends Emitter {
        private final WeightRows rows;
        private final int[] cells;
        private float[] sink;
        private int sinkAt;

        WeightSums(String domain, WeightRows rows) {
            super(domain);
            this.rows = rows;
            this.cells = rows.cells();
        }

        /** The features made next add their weights to {@code sink[at + t]}: a token's scores, or a role's sums. */
        void into(float[] sink, int at) {
            this.sink = sink;
            this.sinkAt = at;
        }

        @Override
        void push(long feature) {
            int at = rows.find(feature);
            if (at < 0) return;
            for (int t = 0; t < L; t++) sink[sinkAt + t] += Float.intBitsToFloat(cells[at + t]);
        }
    }
}
