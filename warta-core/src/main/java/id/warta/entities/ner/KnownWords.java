package id.warta.entities.ner;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The {@link Known} tokens of one model (its feature index and weights) and one corpus's conventions,
 * by the 64-bit hash of the token's text ({@link Features.Word#cased}, the hash its features already
 * name it by): open addressing over one array of the {@link Known}s themselves, so a token is looked up with
 * no string hashed by {@code hashCode}, no map entry and no key string read to compare (a map's
 * lookup read three objects scattered in memory before the one wanted, per token). Shared by the
 * threads without a lock: a slot only ever holds a whole, immutable {@link Known} (its fields final,
 * so whatever it reaches is seen as made), a write racing another may lose one, which is made again
 * when next needed; the sums are the same whatever was kept. Two texts of one hash would share their
 * sums: as unlikely as two features of one hash, which the model already takes. Emptied at once when
 * {@value Features#REMEMBERED} are kept.
 */
final class KnownWords {
    /**
     * A token's sums, for each tag, of the weights of the features that read its text alone (the
     * templates {@link Template} marks {@code alone}): news repeats its words, so most of a sentence's
     * features need not be hashed, looked up and summed again. A token plays a role for each place it
     * is read from (two tokens before it up to two after, and itself) in each of the plain and the
     * cased features; {@code sums} holds role {@code r}'s sums for tag {@code t} at {@code r * Labels.COUNT + t}
     * (its features' weights added in the order they are made), side by side so that reading a
     * token's roles reads one array; bit {@code r} of {@code played} says whether it is made yet.
     * Never changed once made: a role played later makes a new one. {@code key} is the word's
     * {@link Features.Word#cased} hash, kept here so that a lookup compares it without reading the word.
     */
    record Known(Features.Word word, float[] sums, int played, long key) {
        /** How far a feature reads from the token it describes. */
        static final int REACH = 2;
        static final int ROLES = 2 * (2 * REACH + 1);

        Known(Features.Word word, float[] sums, int played) {
            this(word, sums, played, word.cased());
        }

        boolean played(int role) {
            return (played & 1 << role) != 0;
        }

        /** The role of a token read at {@code offset} from the one described, in the cased features or the others. */
        static int role(boolean cased, int offset) {
            return (cased ? 2 * REACH + 1 : 0) + offset + REACH;
        }
    }

    /** Twice {@link Features#REMEMBERED}: probes stay short. */
    private static final int SLOTS = 2 * Features.REMEMBERED;
    final FeatureIndex index;
    final float[] weights;
    final String domain;
    private volatile AtomicReferenceArray<Known> known = new AtomicReferenceArray<>(SLOTS);
    private final AtomicInteger size = new AtomicInteger();

    KnownWords(FeatureIndex index, float[] weights, String domain) {
        this.index = index;
        this.weights = weights;
        this.domain = domain;
    }

    /** The token whose text hashes to {@code key} ({@link Hashing#of}), or null when not kept. */
    Known get(long key) {
        AtomicReferenceArray<Known> table = known;
        for (int i = slot(key); ; i = (i + 1) & (SLOTS - 1)) {
            Known k = table.getAcquire(i);
            if (k == null || k.key() == key) return k;
        }
    }

    /** Keeps {@code k} in place of what was kept of its token. */
    void remember(Known k) {
        long key = k.key();
        AtomicReferenceArray<Known> table = known;
        for (int i = slot(key); ; i = (i + 1) & (SLOTS - 1)) {
            Known old = table.getAcquire(i);
            if (old != null && old.key() != key) continue;
            if (old == null && size.incrementAndGet() > Features.REMEMBERED) { // all are forgotten at once
                table = new AtomicReferenceArray<>(SLOTS);
                known = table;
                size.set(1);
                i = slot(key);
            }
            table.setRelease(i, k);
            return;
        }
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(SLOTS)));
    }
}
