package id.warta.entities.ner;

/**
 * Feature hash to weight row: an open-addressing map from {@code long} to {@code int}, no boxing.
 * Each slot holds its key and its row side by side, so a lookup reads one cache line, not two.
 * Most features a sentence makes are none of the model's (a pair of words it never kept): a
 * bit per key's hash, half a byte per slot (256 KB beside the shipped model's 8 MB of slots,
 * small enough to stay in a core's cache), turns most of them away without reading the slots.
 */
final class FeatureIndex {
    private static final long EMPTY = 0;
    /** Bits of {@link #held} per slot: about one key in {@code 2 * BITS_PER_SLOT} bits, few false "held". */
    private static final int BITS_PER_SLOT = 4;
    /** Slot {@code i}: the key at {@code 2i}, its row at {@code 2i + 1}. */
    private long[] slots;
    /** Bit {@link #bit} of every key held is set. */
    private long[] held;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
        held = new long[capacity * BITS_PER_SLOT / 64];
    }

    int size() {
        return size;
    }

    /** The row of {@code feature}, or -1. */
    int get(long feature) {
        long key = feature == EMPTY ? 1 : feature;
        long[] h = held;
        int b = bit(key, h);
        if ((h[b >>> 6] & (1L << b)) == 0) return -1;
        long[] s = slots;
        int mask = s.length / 2 - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = s[2 * i];
            if (k == key) return (int) s[2 * i + 1];
            if (k == EMPTY) return -1;
        }
    }

    /** The row of {@code feature}, added as the next row when new. */
    int add(long feature) {
        long key = feature == EMPTY ? 1 : feature;
        if ((size + 1) * 2 > slots.length / 2) grow();
        int mask = slots.length / 2 - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == key) return (int) slots[2 * i + 1];
            if (k == EMPTY) {
                slots[2 * i] = key;
                slots[2 * i + 1] = size;
                hold(key);
                return size++;
            }
        }
    }

    /** The feature hashes by row. */
    long[] features() {
        long[] byRow = new long[size];
        for (int i = 0; i < slots.length; i += 2) if (slots[i] != EMPTY) byRow[(int) slots[i + 1]] = slots[i];
        return byRow;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 31)) & mask;
    }

    /** The bit of {@link #held} for {@code key}: read from its high half, which {@link #slot} hardly uses. */
    private static int bit(long key, long[] held) {
        return (int) (key >>> 32) & (held.length * 64 - 1);
    }

    private void hold(long key) {
        int b = bit(key, held);
        held[b >>> 6] |= 1L << b;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        held = new long[held.length * 2];
        int mask = slots.length / 2 - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] == EMPTY) continue;
            int i = slot(old[j], mask);
            while (slots[2 * i] != EMPTY) i = (i + 1) & mask;
            slots[2 * i] = old[j];
            slots[2 * i + 1] = old[j + 1];
            hold(old[j]);
        }
    }
}
