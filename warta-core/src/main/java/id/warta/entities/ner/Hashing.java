package id.warta.entities.ner;

/**
 * 64-bit hashes that name features without building their strings: a feature is its
 * template mixed with the hashes of its parts. Collisions among a few million features in
 * 64 bits are negligible.
 */
final class Hashing {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    static long of(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 32;
        h *= 0xD6E8FEB86659FD93L;
        return h ^ (h >>> 32);
    }

    static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }
}
