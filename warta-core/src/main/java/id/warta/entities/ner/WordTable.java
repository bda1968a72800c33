package id.warta.entities.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What unlabeled news text says about each (lowercased) word, induced by {@link WordClasses}:
 * its distributional classes at several granularities (words used alike share a class, so a
 * name the labeled corpora never saw still looks like names that they did), how often it is
 * capitalised where case is free (mid-sentence), how often written all in capitals, and how
 * common it is. Lowercased and all-caps text can still be tagged with these.
 */
final class WordTable {
    /** Case buckets: unknown, almost never capitalised, rarely, often, mostly, almost always. */
    static final int UNKNOWN = 0;
    /** The highest bucket of the words capitalised in under 30% of their uses ({@link #caseBucket}). */
    static final int RARELY_CAPITALISED = 2;
    /** The highest bucket of the words capitalised in under 98% of their uses ({@link #caseBucket}). */
    static final int MOSTLY_CAPITALISED = 4;
    /** The lowest bucket of a share of 70% or more ({@link #caseBucket}): most of a word's uses. */
    static final int MOST_USES = 4;

    record Info(int[] classes, byte caseBucket, byte upperBucket, byte frequencyBucket) {
    }

    private final Map<String, Info> words;
    private final int levels;

    WordTable(Map<String, Info> words, int levels) {
        this.words = Map.copyOf(words);
        this.levels = levels;
    }

    static WordTable empty() {
        return new WordTable(Map.of(), 0);
    }

    /** How many granularities of classes each word has. */
    int levels() {
        return levels;
    }

    Info get(String lower) {
        return words.get(lower);
    }

    int size() {
        return words.size();
    }

    static byte caseBucket(double capitalisedShare) {
        if (capitalisedShare < 0.02) return 1;
        if (capitalisedShare < 0.3) return 2;
        if (capitalisedShare < 0.7) return 3;
        if (capitalisedShare < 0.98) return 4;
        return 5;
    }

    static byte frequencyBucket(long count) {
        return (byte) Math.min(12, 64 - Long.numberOfLeadingZeros(count));
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(words.size());
        out.writeByte(levels);
        for (var e : words.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            out.writeUTF(e.getKey());
            Info w = e.getValue();
            for (int c : w.classes()) out.writeShort(c);
            out.writeByte(w.caseBucket());
            out.writeByte(w.upperBucket());
            out.writeByte(w.frequencyBucket());
        }
    }

    static WordTable read(DataInputStream in) throws IOException {
        int n = in.readInt();
        int levels = in.readByte();
        Map<String, Info> words = HashMap.newHashMap(n);
        for (int i = 0; i < n; i++) {
            String word = in.readUTF();
            int[] classes = new int[levels];
            for (int l = 0; l < levels; l++) classes[l] = in.readShort();
            words.put(word, new Info(classes, in.readByte(), in.readByte(), in.readByte()));
        }
        return new WordTable(words, levels);
    }
}
