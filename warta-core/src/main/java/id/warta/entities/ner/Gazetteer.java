package id.warta.entities.ner;

import id.warta.model.EntityType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists of names and name-making words (countries, cities, Indonesian regions, politicians,
 * parties, titles, organisation and place head words), matched over lowercased tokens. The
 * tagger reads a match as evidence, weighed in training, never as a verdict.
 */
final class Gazetteer {
    /** What a listed phrase is. The order is part of the model file: append only. */
    enum Kind {
        COUNTRY, CITY, PROVINCE, REGENCY, DISTRICT, PERSON, GIVEN_NAME, ORGANIZATION, TITLE, ORG_WORD, PLACE_WORD,
        /** Names the training corpora label, by their label. */
        LABELED_PERSON, LABELED_ORGANIZATION, LABELED_PLACE,
        /** Words of the names the training corpora label, by their label. */
        LABELED_PERSON_WORD, LABELED_ORGANIZATION_WORD, LABELED_PLACE_WORD;

        static Kind labeled(EntityType type) {
            return switch (type) {
                case PERSON -> LABELED_PERSON;
                case ORGANIZATION -> LABELED_ORGANIZATION;
                case PLACE -> LABELED_PLACE;
            };
        }

        static Kind labeledWord(EntityType type) {
            return switch (type) {
                case PERSON -> LABELED_PERSON_WORD;
                case ORGANIZATION -> LABELED_ORGANIZATION_WORD;
                case PLACE -> LABELED_PLACE_WORD;
            };
        }
    }

    static final int MAX_WORDS = 8;
    private static final int B = 0, I = 1, L = 2, U = 3;

    /** Where the listed phrases read so far go on: the words that may follow, and the kinds of the phrases that end here. */
    static final class Node {
        private final Map<String, Node> next = new HashMap<>(2);
        private int kinds;
    }

    private final Node root = new Node();
    private int phrases;

    /** Adds a phrase (any case, words separated by spaces) as a {@code kind}. */
    void add(String phrase, Kind kind) {
        String[] words = phrase.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > MAX_WORDS) return;
        add(words, 1 << kind.ordinal());
    }

    private void add(String[] words, int kinds) {
        Node node = root;
        for (String w : words) node = node.next.computeIfAbsent(w, k -> new Node());
        if (node.kinds == 0) phrases++;
        node.kinds |= kinds;
    }

    int size() {
        return phrases;
    }

    /** The kinds (bits by {@link Kind#ordinal}) of the one-word phrase {@code lower}; 0 when unlisted. */
    int kindsOf(String lower) {
        Node node = root.next.get(lower);
        return node == null ? 0 : node.kinds;
    }

    /** A copy, to extend without touching this one. */
    Gazetteer copy() {
        Gazetteer g = new Gazetteer();
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        collect(root, "", all);
        for (var e : all) g.add(e.getKey().split(" "), e.getValue());
        return g;
    }

    /** Bits of marks per token: a kind's four positions each. */
    static final int WORDS_PER_TOKEN = (Kind.values().length * 4 + 63) / 64;

    /**
     * Where the phrases opening with the (lowercased) {@code word} go on, or null when no listed
     * phrase opens with it: for {@link #match}, which callers keep per word, as the lookup in
     * the map of every phrase's first word is most of matching's time.
     */
    Node start(String word) {
        return root.next.get(word);
    }

    /**
     * For each token, the listed phrases it is part of: bit {@code kind * 4 + position} of the
     * token's {@link #WORDS_PER_TOKEN} longs, where position is B, I, L or U of the longest
     * phrase of that kind starting at each token. {@code starts[i]} is {@link #start} of {@code lower[i]}.
     */
    long[] match(String[] lower, Node[] starts) {
        long[] marks = new long[lower.length * WORDS_PER_TOKEN];
        int[] longest = new int[Kind.values().length];
        for (int start = 0; start < lower.length; start++) {
            if (starts[start] == null) continue;
            java.util.Arrays.fill(longest, 0);
            Node node = starts[start];
            for (int end = start; ; ) {
                for (int k = 0, kinds = node.kinds; kinds != 0; k++, kinds >>>= 1) {
                    if ((kinds & 1) != 0) longest[k] = end + 1 - start;
                }
                end++;
                if (end >= lower.length || end - start >= MAX_WORDS) break;
                node = node.next.get(lower[end]);
                if (node == null) break;
            }
            for (int k = 0; k < longest.length; k++) {
                if (longest[k] > 0) mark(marks, start, start + longest[k], k);
            }
        }
        return marks;
    }

    private static void mark(long[] marks, int start, int end, int kind) {
        if (end - start == 1) {
            set(marks, start, kind * 4 + U);
            return;
        }
        set(marks, start, kind * 4 + B);
        for (int i = start + 1; i < end - 1; i++) set(marks, i, kind * 4 + I);
        set(marks, end - 1, kind * 4 + L);
    }

    private static void set(long[] marks, int token, int bit) {
        marks[token * WORDS_PER_TOKEN + (bit >>> 6)] |= 1L << (bit & 63);
    }

    void write(DataOutputStream out) throws IOException {
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        collect(root, "", all);
        out.writeInt(all.size());
        for (var e : all) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static void collect(Node node, String prefix, List<Map.Entry<String, Integer>> into) {
        if (node.kinds != 0) into.add(Map.entry(prefix, node.kinds));
        node.next.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                collect(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + " " + e.getKey(), into));
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        Gazetteer g = new Gazetteer();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String phrase = in.readUTF();
            g.add(phrase.split(" "), in.readInt());
        }
        return g;
    }
}
