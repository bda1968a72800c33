package id.warta.entities.ner;

import id.warta.language.Token;
import id.warta.language.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Induces a {@link WordTable} from unlabeled text: each frequent word gets a vector, learnt
 * with skip-gram from the words around it ({@link WordVectors}) or, as an alternative, built
 * from its left and right neighbours (positive pointwise mutual information, randomly
 * projected to a few hundred dimensions), and words are clustered by those vectors with
 * spherical k-means, hierarchically (each class split again), giving classes at several
 * granularities in the manner of Brown clusters' path prefixes. Case statistics come from
 * the same text. Deterministic for a given seed.
 */
final class WordClasses {
    /**
     * @param minCount   words seen fewer times get no entry
     * @param contexts   how many of the most frequent tokens serve as neighbour contexts
     * @param dimensions width of the projected vectors
     * @param branching  classes per level: the first level's count, then each class's split
     * @param iterations k-means passes per clustering
     */
    record Settings(int minCount, int contexts, int dimensions, int[] branching, int iterations, long seed,
                    WordVectors.Settings skipGram) {
        /**
         * Skip-gram vectors over a narrow window (the neighbours a name keeps), four levels of
         * classes from 64 broad ones down to 8,192: on the dev splits they beat the PPMI
         * vectors at three levels by about 0.015 entity F1 on IDNER and IndoLEM.
         */
        static final Settings DEFAULT = new Settings(3, 3000, 160, new int[]{64, 8, 4, 4}, 12, 7L,
                new WordVectors.Settings(100, 2, 5, 3, 1e-4, 11L));
    }

    private static final String SENTENCE_OPENERS = ".!?\"“”:;(—–-•|";
    private static final double SMOOTHING = 0.75;

    private final Settings settings;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> forms = new ArrayList<>();
    private int[] counts = new int[1 << 16];
    private int[] capitalised = new int[1 << 16];
    private int[] upper = new int[1 << 16];
    private int[] midSentence = new int[1 << 16];
    private int[] corpus = new int[1 << 20];
    private int length;

    WordClasses(Settings settings) {
        this.settings = settings;
    }

    /** Adds one line (a paragraph or a sentence) of text. */
    void add(String line) {
        List<Token> tokens = Tokenizer.tokenize(line);
        boolean opening = true;
        for (Token t : tokens) {
            String text = t.text();
            int id = id(text.toLowerCase(Locale.ROOT));
            counts[id]++;
            if (!opening && t.isWord() && Character.isLetter(text.charAt(0))) {
                midSentence[id]++;
                if (Character.isUpperCase(text.charAt(0))) capitalised[id]++;
                if (text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT))) upper[id]++;
            }
            opening = text.length() == 1 && SENTENCE_OPENERS.indexOf(text.charAt(0)) >= 0;
            push(id);
        }
        push(-1);
    }

    private int id(String lower) {
        Integer id = ids.get(lower);
        if (id != null) return id;
        int next = forms.size();
        ids.put(lower, next);
        forms.add(lower);
        if (next == counts.length) {
            int n = counts.length * 2;
            counts = Arrays.copyOf(counts, n);
            capitalised = Arrays.copyOf(capitalised, n);
            upper = Arrays.copyOf(upper, n);
            midSentence = Arrays.copyOf(midSentence, n);
        }
        return next;
    }

    private void push(int id) {
        if (length == corpus.length) corpus = Arrays.copyOf(corpus, length * 2);
        corpus[length++] = id;
    }

    long tokens() {
        return length;
    }

    WordTable induce() {
        int[] vocabulary = IntStream.range(0, forms.size())
                .filter(id -> counts[id] >= settings.minCount() && forms.get(id).chars().anyMatch(Character::isLetter))
                .toArray();
        float[][] vectors = settings.skipGram() == null ? vectors(vocabulary) : skipGram(vocabulary);
        int[][] classes = cluster(vectors);
        Map<String, WordTable.Info> table = HashMap.newHashMap(vocabulary.length);
        for (int v = 0; v < vocabulary.length; v++) {
            int id = vocabulary[v];
            byte caseBucket = midSentence[id] < 2 ? WordTable.UNKNOWN
                    : WordTable.caseBucket((double) capitalised[id] / midSentence[id]);
            byte upperBucket = midSentence[id] < 2 ? WordTable.UNKNOWN
                    : WordTable.caseBucket((double) upper[id] / midSentence[id]);
            table.put(forms.get(id), new WordTable.Info(classes[v], caseBucket, upperBucket,
                    WordTable.frequencyBucket(counts[id])));
        }
        return new WordTable(table, settings.branching().length);
    }

    /** PPMI vectors of left and right neighbours, projected onto random Gaussian directions, unit length. */
    private float[][] vectors(int[] vocabulary) {
        int[] vocabIndex = new int[forms.size()];
        Arrays.fill(vocabIndex, -1);
        for (int v = 0; v < vocabulary.length; v++) vocabIndex[vocabulary[v]] = v;
        int c = settings.contexts();
        int[] contextIndex = new int[forms.size()];
        Arrays.fill(contextIndex, -1);
        int[] frequent = IntStream.range(0, forms.size()).boxed()
                .sorted((a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : a - b)
                .limit(c).mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < frequent.length; k++) contextIndex[frequent[k]] = k;
        int width = c + 2; // contexts, other, boundary
        FeatureIndex pairs = new FeatureIndex(1 << 22);
        int[] pairCounts = new int[1 << 22];
        double[] contextTotals = new double[2 * width];
        for (int i = 0; i < length; i++) {
            int v = corpus[i] < 0 ? -1 : vocabIndex[corpus[i]];
            if (v < 0) continue;
            for (int side = 0; side < 2; side++) {
                int j = side == 0 ? i - 1 : i + 1;
                int neighbour = j < 0 || j >= length ? -1 : corpus[j];
                int ctx = neighbour < 0 ? c + 1 : contextIndex[neighbour] < 0 ? c : contextIndex[neighbour];
                int key = side * width + ctx;
                int r = pairs.add((long) v * 2 * width + key + 1);
                if (r == pairCounts.length) pairCounts = Arrays.copyOf(pairCounts, r * 2);
                pairCounts[r]++;
                contextTotals[key]++;
            }
        }
        double smoothedTotal = 0;
        for (int k = 0; k < contextTotals.length; k++) {
            contextTotals[k] = Math.pow(contextTotals[k], SMOOTHING);
            smoothedTotal += contextTotals[k];
        }
        int d = settings.dimensions();
        Random random = new Random(settings.seed());
        float[][] directions = new float[2 * width][d];
        for (float[] dir : directions) for (int k = 0; k < d; k++) dir[k] = (float) random.nextGaussian();
        float[][] vectors = new float[vocabulary.length][d];
        long[] keys = pairs.features();
        double[] wordTotals = new double[vocabulary.length];
        for (int r = 0; r < keys.length; r++) wordTotals[(int) ((keys[r] - 1) / (2 * width))] += pairCounts[r];
        for (int r = 0; r < keys.length; r++) {
            int v = (int) ((keys[r] - 1) / (2 * width)), key = (int) ((keys[r] - 1) % (2 * width));
            double pmi = Math.log(pairCounts[r] * smoothedTotal / (wordTotals[v] * contextTotals[key]));
            if (pmi <= 0) continue;
            float[] dir = directions[key], vec = vectors[v];
            for (int k = 0; k < d; k++) vec[k] += (float) (pmi * dir[k]);
        }
        for (float[] vec : vectors) normalise(vec);
        return vectors;
    }

    /** Skip-gram vectors of the vocabulary's words, learnt with every word seen at least {@code minCount} times, unit length. */
    private float[][] skipGram(int[] vocabulary) {
        int[] compact = new int[forms.size()];
        int size = 0;
        for (int id = 0; id < forms.size(); id++) compact[id] = counts[id] >= settings.minCount() ? size++ : -2;
        int[] compactCounts = new int[size];
        for (int id = 0; id < forms.size(); id++) if (compact[id] >= 0) compactCounts[compact[id]] = counts[id];
        int[] text = new int[length];
        for (int i = 0; i < length; i++) text[i] = corpus[i] < 0 ? WordVectors.BOUNDARY : compact[corpus[i]];
        int d = settings.skipGram().dimensions();
        float[] all = WordVectors.train(text, length, compactCounts, settings.skipGram());
        float[][] vectors = new float[vocabulary.length][];
        for (int v = 0; v < vocabulary.length; v++) {
            int at = compact[vocabulary[v]] * d;
            vectors[v] = Arrays.copyOfRange(all, at, at + d);
            normalise(vectors[v]);
        }
        return vectors;
    }

    /** Hierarchical spherical k-means: each word's class at every level, numbered within the level. */
    private int[][] cluster(float[][] vectors) {
        int levels = settings.branching().length;
        int[][] classes = new int[vectors.length][levels];
        List<int[]> groups = List.of(IntStream.range(0, vectors.length).toArray());
        List<Integer> groupIds = List.of(0);
        Random random = new Random(settings.seed());
        for (int level = 0; level < levels; level++) {
            int k = settings.branching()[level];
            List<int[]> nextGroups = new ArrayList<>();
            List<Integer> nextIds = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                int[] members = groups.get(g);
                int[] assignment = kMeans(vectors, members, k, random);
                List<List<Integer>> split = new ArrayList<>();
                for (int j = 0; j < k; j++) split.add(new ArrayList<>());
                for (int m = 0; m < members.length; m++) {
                    int cls = groupIds.get(g) * k + assignment[m];
                    classes[members[m]][level] = cls;
                    split.get(assignment[m]).add(members[m]);
                }
                for (int j = 0; j < k; j++) {
                    nextGroups.add(split.get(j).stream().mapToInt(Integer::intValue).toArray());
                    nextIds.add(groupIds.get(g) * k + j);
                }
            }
            groups = nextGroups;
            groupIds = nextIds;
        }
        return classes;
    }

    private int[] kMeans(float[][] vectors, int[] members, int k, Random random) {
        int[] assignment = new int[members.length];
        if (members.length <= k) {
            for (int m = 0; m < members.length; m++) assignment[m] = m;
            return assignment;
        }
        int d = vectors[members[0]].length;
        float[][] centroids = seeds(vectors, members, k, random);
        for (int iteration = 0; iteration < settings.iterations(); iteration++) {
            for (int m = 0; m < members.length; m++) {
                float[] v = vectors[members[m]];
                float best = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    float s = dot(v, centroids[j]);
                    if (s > best) {
                        best = s;
                        assignment[m] = j;
                    }
                }
            }
            float[][] sums = new float[k][d];
            for (int m = 0; m < members.length; m++) {
                float[] v = vectors[members[m]], sum = sums[assignment[m]];
                for (int x = 0; x < d; x++) sum[x] += v[x];
            }
            for (int j = 0; j < k; j++) {
                if (normalise(sums[j])) centroids[j] = sums[j];
            }
        }
        return assignment;
    }

    /** k-means++ seeding: each next centre drawn in proportion to its distance from the chosen ones. */
    private static float[][] seeds(float[][] vectors, int[] members, int k, Random random) {
        float[][] centroids = new float[k][];
        centroids[0] = vectors[members[random.nextInt(members.length)]].clone();
        double[] distance = new double[members.length];
        Arrays.fill(distance, Double.MAX_VALUE);
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int m = 0; m < members.length; m++) {
                distance[m] = Math.min(distance[m], Math.max(0, 1 - dot(vectors[members[m]], centroids[j - 1])));
                total += distance[m];
            }
            double pick = random.nextDouble() * total;
            int chosen = members.length - 1;
            for (int m = 0; m < members.length; m++) {
                pick -= distance[m];
                if (pick <= 0) {
                    chosen = m;
                    break;
                }
            }
            centroids[j] = vectors[members[chosen]].clone();
        }
        return centroids;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static boolean normalise(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm == 0) return false;
        for (int i = 0; i < v.length; i++) v[i] /= (float) norm;
        return true;
    }
}
