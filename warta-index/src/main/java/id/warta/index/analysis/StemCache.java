package id.warta.index.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Stems already found, looked up by a term's characters without making a string of them.
 * Not thread-safe: one per filter.
 *
 * <p>An open-addressing table with linear probing, kept at most half full, in two flat arrays:
 * <pre>
 * slots: | hash start keyLength stemLength | hash start keyLength stemLength | ...   FIELDS ints a slot
 * chars: ...| k e y s t e m |...                                                      from start: the key, then its stem
 * </pre>
 * A slot's {@code hash} has its lowest bit set, so 0 marks an empty slot; a key that is its own
 * stem keeps no stem characters, its {@code stemLength} being {@code OWN_STEM}; a stop word none
 * either, its {@code stemLength} being {@code STOP_WORD}.
 *
 * <p>Why so: a lookup compares characters only with a key of the same hash (a
 * {@link org.apache.lucene.analysis.CharArrayMap}, up to four fifths full, compares them with
 * every key on its probe: its {@code equals} was a seventh of inverting an article's text), and
 * it reads two places in memory, not a {@code char[]} per key and per stem scattered over the
 * heap (the table outgrows the processor's caches; those reads were most of a lookup's time).
 * Grows from small (a query's analyzer needs a few slots) and is forgotten all at once when
 * {@code maxEntries} are kept; {@code chars} is then refilled from its start.
 */
final class StemCache {
    private static final int INITIAL_SLOTS = 256;
    /**
     * The ints of a slot, at {@code slot * FIELDS}: the key's hash (lowest bit set), where its
     * characters start in {@code chars}, their count, and its stem's count (after the key's).
     */
    private static final int HASH = 0, START = 1, KEY_LENGTH = 2, STEM_LENGTH = 3, FIELDS = 4;
    /** The stem length of a key that is its own stem. */
    private static final int OWN_STEM = -1;
    /** The stem length of a stop word, which has no stem: it is dropped. */
    private static final int STOP_WORD = -2;

    private final int maxEntries;
    private int[] slots = new int[INITIAL_SLOTS * FIELDS];
    /** Each key's characters, then its stem's unless it is its own stem; {@code charsUsed} of them in use. */
    private char[] chars = new char[INITIAL_SLOTS * 8];
    private int charsUsed;
    private int size;

    StemCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The slot remembering the stem of {@code term[0, length)}, or -1 when none does. */
    int find(char[] term, int length) {
        int hash = hash(term, 0, length);
        int mask = slots.length / FIELDS - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int at = slot * FIELDS;
            int h = slots[at + HASH];
            if (h == 0) return -1;
            if (h == hash && slots[at + KEY_LENGTH] == length && same(slots[at + START], term, length)) return slot;
        }
    }

    /** Whether the key found in {@code slot} is its own stem. */
    boolean isOwnStem(int slot) {
        return slots[slot * FIELDS + STEM_LENGTH] == OWN_STEM;
    }

    /** Whether the key found in {@code slot} is a stop word. */
    boolean isStopWord(int slot) {
        return slots[slot * FIELDS + STEM_LENGTH] == STOP_WORD;
    }

    /** Puts the stem remembered in {@code slot} into {@code term}; not for a stop word. */
    void copyStem(int slot, CharTermAttribute term) {
        int at = slot * FIELDS;
        int length = slots[at + STEM_LENGTH];
        if (length == OWN_STEM) return;
        term.copyBuffer(chars, slots[at + START] + slots[at + KEY_LENGTH], length);
    }

    /** Remembers the stem of a term not in the cache, or that it is a stop word ({@code stem} null); returns its slot. */
    int put(String term, String stem) {
        if (size >= maxEntries) clear();
        else if (2 * (size + 1) > slots.length / FIELDS) grow(); // at most half full: probes are short and always meet an empty slot
        boolean keepsStem = stem != null && !stem.equals(term);
        int start = charsUsed;
        int needed = term.length() + (keepsStem ? stem.length() : 0);
        if (start + needed > chars.length) chars = Arrays.copyOf(chars, Math.max(2 * chars.length, start + needed));
        term.getChars(0, term.length(), chars, start);
        if (keepsStem) stem.getChars(0, stem.length(), chars, start + term.length());
        charsUsed += needed;
        size++;
        int hash = hash(chars, start, term.length());
        return insert(hash, start, term.length(), stem == null ? STOP_WORD : keepsStem ? stem.length() : OWN_STEM);
    }

    private boolean same(int start, char[] term, int length) {
        for (int i = 0; i < length; i++) if (chars[start + i] != term[i]) return false;
        return true;
    }

    private int insert(int hash, int start, int keyLength, int stemLength) {
        int mask = slots.length / FIELDS - 1;
        int slot = spread(hash) & mask;
        while (slots[slot * FIELDS + HASH] != 0) slot = (slot + 1) & mask;
        int at = slot * FIELDS;
        slots[at + HASH] = hash;
        slots[at + START] = start;
        slots[at + KEY_LENGTH] = keyLength;
        slots[at + STEM_LENGTH] = stemLength;
        return slot;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int at = 0; at < old.length; at += FIELDS) {
            if (old[at + HASH] != 0) insert(old[at + HASH], old[at + START], old[at + KEY_LENGTH], old[at + STEM_LENGTH]);
        }
    }

    private void clear() {
        Arrays.fill(slots, 0);
        charsUsed = 0;
        size = 0;
    }

    private static int hash(char[] chars, int start, int length) {
        int h = 0;
        for (int i = start; i < start + length; i++) h = 31 * h + chars[i];
        return h | 1;
    }

    /** Mixes the high bits in: linear probing needs the low bits to vary. */
    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B1 >>> 7;
    }
}
