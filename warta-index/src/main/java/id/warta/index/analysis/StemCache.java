package id.warta.index.analysis;

import java.util.Arrays;

/**
 * Stems already found, looked up by a term's characters without making a string of them. Each
 * slot keeps its key's hash, so a lookup compares characters only with the key it is after
 * (a {@link org.apache.lucene.analysis.CharArrayMap}, at up to four fifths full, compares them
 * with every key it meets on the way: its {@code equals}, the stop words' lookups included, was a
 * seventh of inverting an article's text). Grows from small (a query's analyzer needs a few
 * slots), and is forgotten all at once when full. Not thread-safe: one per filter.
 */
final class StemCache {
    private static final int INITIAL_SLOTS = 256;
    /** What {@link #get} returns for a term that is its own stem (compared by identity). */
    static final char[] SAME = new char[0];

    private final int maxEntries;
    /** A key's hash with its lowest bit set; 0 marks an empty slot. */
    private int[] hashes = new int[INITIAL_SLOTS];
    private char[][] keys = new char[INITIAL_SLOTS][];
    /** The stem of the key in the same slot, or {@link #SAME}. */
    private char[][] stems = new char[INITIAL_SLOTS][];
    private int size;

    StemCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The stem remembered for {@code term[0, length)}, {@link #SAME}, or null when none is. */
    char[] get(char[] term, int length) {
        int hash = hash(term, length);
        int mask = hashes.length - 1;
        for (int slot = spread(hash) & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && same(keys[slot], term, length)) return stems[slot];
        }
        return null;
    }

    /**
     * Whether {@code key} is {@code term[0, length)}: a plain loop, as a term is a few characters
     * ({@code Arrays.equals} over ranges, with its checks and its vectorised mismatch, was a
     * twentieth of indexing an analysed article).
     */
    private static boolean same(char[] key, char[] term, int length) {
        if (key.length != length) return false;
        for (int i = 0; i < length; i++) if (key[i] != term[i]) return false;
        return true;
    }

    /** Remembers the stem of a term not in the cache; returns what {@link #get} will return for it. */
    char[] put(String term, String stem) {
        if (size >= maxEntries) clear();
        else if (2 * (size + 1) > hashes.length) grow();
        char[] key = term.toCharArray();
        char[] value = stem.equals(term) ? SAME : stem.toCharArray();
        insert(hash(key, key.length), key, value);
        size++;
        return value;
    }

    private void insert(int hash, char[] key, char[] value) {
        int mask = hashes.length - 1;
        int slot = spread(hash) & mask;
        while (hashes[slot] != 0) slot = (slot + 1) & mask;
        hashes[slot] = hash;
        keys[slot] = key;
        stems[slot] = value;
    }

    private void grow() {
        int[] oldHashes = hashes;
        char[][] oldKeys = keys, oldStems = stems;
        hashes = new int[oldHashes.length * 2];
        keys = new char[hashes.length][];
        stems = new char[hashes.length][];
        for (int i = 0; i < oldHashes.length; i++) if (oldHashes[i] != 0) insert(oldHashes[i], oldKeys[i], oldStems[i]);
    }

    private void clear() {
        Arrays.fill(hashes, 0);
        Arrays.fill(keys, null);
        Arrays.fill(stems, null);
        size = 0;
    }

    private static int hash(char[] term, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) h = 31 * h + term[i];
        return h | 1;
    }

    /** Mixes the high bits in: linear probing needs the low bits to vary. */
    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B1 >>> 7;
    }
}
