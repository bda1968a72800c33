package id.warta.lexicon;

import java.util.Map;

/**
 * A fixed table of words, each with a non-zero {@code int} of bits (its classes, say), for lookups made per token of
 * every article: each slot holds a word's hash beside its bits in one {@code long}, so a word the table lacks (most
 * of a text's) costs one read of one small array, and a word it holds one more to compare the text, where a
 * {@code HashMap} reads its table, a node, the key and a boxed value (after the tagger's tables have pushed them
 * all out of the processor's caches). Immutable and thread-safe.
 */
public final class WordBits {
    private static final long EMPTY = 0;
    /** Slot {@code i}: the word's hash in the high half, its bits in the low; its text at {@code words[i]}. */
    private final long[] slots;
    private final String[] words;

    /** The table of {@code bits}: words to their bits (zero bits are left out, as {@link #of} answers for words absent). */
    public WordBits(Map<String, Integer> bits) {
        int capacity = Integer.highestOneBit(Math.max(8, bits.size() * 4 - 1)) << 1; // at most a quarter full
        slots = new long[capacity];
        words = new String[capacity];
        bits.forEach((word, value) -> {
            if (value == 0) return;
            int i = slot(word.hashCode());
            while (words[i] != null) i = (i + 1) & (capacity - 1);
            slots[i] = (long) word.hashCode() << 32 | (value & 0xFFFFFFFFL);
            words[i] = word;
        });
    }

    /** The bits of {@code word} (as written: case counts), or 0 when the table lacks it. */
    public int of(String word) {
        int hash = word.hashCode();
        for (int i = slot(hash); ; i = (i + 1) & (slots.length - 1)) {
            long s = slots[i];
            if (s == EMPTY) return 0;
            if ((int) (s >>> 32) == hash && word.equals(words[i])) return (int) s;
        }
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (slots.length - 1);
    }
}
