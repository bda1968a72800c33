package id.warta.entities.ner;

import java.util.Arrays;

/** Collects features as they are made, with their domain-conjoined copies when asked. */
abstract class Emitter {
    private final long domain;

    Emitter(String domain) {
        this.domain = domain == null ? 0 : Hashing.of(domain);
    }

    final void add(long template, long value) {
        long f = Hashing.mix(template, value);
        push(f);
        if (domain != 0) push(Hashing.mix(f, domain));
    }

    abstract void push(long feature);

    /** Keeps one token's feature hashes, for training to count and number. */
    static final class Hashes extends Emitter {
        private long[] buffer = new long[128];
        private int size;

        Hashes(String domain) {
            super(domain);
        }

        @Override
        void push(long feature) {
            if (size == buffer.length) buffer = Arrays.copyOf(buffer, size * 2);
            buffer[size++] = feature;
        }

        /** The hashes collected since the last take. */
        long[] take() {
            long[] token = Arrays.copyOf(buffer, size);
            size = 0;
            return token;
        }
    }

    /** Adds each feature's weights, for every tag, where {@link #into} says. */
    static final class WeightAdder extends Emitter {
        private final WeightRows rows;
        private final int[] cells;
        private float[] sink;
        private int sinkAt;

        WeightAdder(String domain, WeightRows rows) {
            super(domain);
            this.rows = rows;
            this.cells = rows.cells();
        }

        /** The features made next add their weights to {@code sink[at + t]}: a token's scores, or a role's sums. */
        void into(float[] sink, int at) {
            this.sink = sink;
            this.sinkAt = at;
        }

        @Override
        void push(long feature) {
            int at = rows.find(feature);
            if (at < 0) return;
            for (int t = 0; t < Labels.COUNT; t++) sink[sinkAt + t] += Float.intBitsToFloat(cells[at + t]);
        }
    }
}
