package id.warta.entities.ner;

import java.util.Arrays;

/** Feature hash to weight row: an open-addressing map from {@code long} to {@code int}, no boxing. */
final class FeatureIndex {
    private static final long EMPTY = 0;
    private long[] keys;
    private int[] rows;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The row of {@code feature}, or -1. */
    int get(long feature) {
        long key = feature == EMPTY ? 1 : feature;
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return rows[i];
            if (k == EMPTY) return -1;
        }
    }

    /** The row of {@code feature}, added as the next row when new. */
    int add(long feature) {
        long key = feature == EMPTY ? 1 : feature;
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return rows[i];
            if (k == EMPTY) {
                keys[i] = key;
                rows[i] = size;
                return size++;
            }
        }
    }

    /** The feature hashes by row. */
    long[] features() {
        long[] byRow = new long[size];
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) byRow[rows[i]] = keys[i];
        return byRow;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 31)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == EMPTY) continue;
            int i = slot(oldKeys[j], mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            rows[i] = oldRows[j];
        }
        Arrays.fill(oldKeys, 0);
    }
}
