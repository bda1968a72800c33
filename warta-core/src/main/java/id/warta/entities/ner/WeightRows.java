package id.warta.entities.ner;

/**
 * A model's weights as tagging reads them: each feature's key and its row of weights, one per tag, side
 * by side in one 64-byte slot of an open-addressing table. A feature of the model found is one cache
 * line read, where a {@link FeatureIndex} lookup and then the weight array cost two lines apart in
 * some twenty megabytes (most of the tagger's time was waiting on them). The same bit filter as the
 * index's turns most features that are not the model's away before any slot is read. Built once
 * from a {@link FeatureIndex} and its weights; the weights read are the very same floats.
 */
final class WeightRows {
    private static final int L = Labels.COUNT;
    /** Ints per slot: the key's two halves, then the weights' bits, one per tag (unused ints left zero). */
    private static final int SLOT = 16;
    private static final int WEIGHTS = 2;
    /**
     * Ints before slot 0: an array this large starts at a boundary of the heap's regions, its elements 16
     * bytes after, so 12 ints more put every slot on a cache line of its own.
     */
    private static final int LEAD = 12;
    private static final long EMPTY = 0;
    private static final int BITS_PER_SLOT = 4;

    /** What the table was built from (never changed after: a model's weights are fixed). */
    final FeatureIndex index;
    final float[] weights;
    /** Slot {@code i} at {@code LEAD + i * SLOT}: key low and high halves, then the weight bits of each tag. */
    private final int[] cells;
    private final long[] held;
    private final int mask;

    WeightRows(FeatureIndex index, float[] weights) {
        this.index = index;
        this.weights = weights;
        if (WEIGHTS + L > SLOT) throw new IllegalStateException(L + " tags do not fit a slot");
        long[] keys = index.features();
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        mask = capacity - 1;
        cells = new int[LEAD + capacity * SLOT];
        held = new long[capacity * BITS_PER_SLOT / 64];
        for (int row = 0; row < keys.length; row++) {
            long key = keys[row] == EMPTY ? 1 : keys[row];
            int i = slot(key, mask);
            while (key(i) != EMPTY) i = (i + 1) & mask;
            int at = LEAD + i * SLOT;
            cells[at] = (int) key;
            cells[at + 1] = (int) (key >>> 32);
            for (int t = 0; t < L; t++) cells[at + WEIGHTS + t] = Float.floatToRawIntBits(weights[row * L + t]);
            int b = bit(key);
            held[b >>> 6] |= 1L << b;
        }
    }

    /** Where {@code feature}'s weight for tag 0 is in {@link #cells()} (tag {@code t}'s {@code t} further on), or -1. */
    int find(long feature) {
        long key = feature == EMPTY ? 1 : feature;
        int b = bit(key);
        if ((held[b >>> 6] & (1L << b)) == 0) return -1;
        int[] c = cells;
        int lo = (int) key, hi = (int) (key >>> 32);
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            int at = LEAD + i * SLOT;
            int kLo = c[at], kHi = c[at + 1];
            if (kLo == lo && kHi == hi) return at + WEIGHTS;
            if (kLo == 0 && kHi == 0) return -1;
        }
    }

    /** The table: a weight's bits at what {@link #find} gives plus its tag ({@link Float#intBitsToFloat}). */
    int[] cells() {
        return cells;
    }

    private long key(int i) {
        int at = LEAD + i * SLOT;
        return (cells[at] & 0xFFFFFFFFL) | (long) cells[at + 1] << 32;
    }

    /** As {@link FeatureIndex}'s: the low bits folded with the high. */
    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 31)) & mask;
    }

    /** As {@link FeatureIndex}'s: read from the key's high half, which {@link #slot} hardly uses. */
    private int bit(long key) {
        return (int) (key >>> 32) & (held.length * 64 - 1);
    }
}
