package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightRowsTest {
    private static final int L = Labels.COUNT;

    @Test
    void givesEachFeatureItsOwnRowOfWeightsBitForBitAndNoneForOthers() {
        SplittableRandom random = new SplittableRandom(11);
        long[] added = random.longs(20_000).toArray();
        added[0] = 0; // the key an empty slot holds, kept apart as the index keeps it
        added[1] = 0x8000_0000_0000_0001L; // halves of either sign
        FeatureIndex index = new FeatureIndex(16);
        for (long f : added) index.add(f);
        float[] weights = new float[index.size() * L];
        for (int i = 0; i < weights.length; i++) weights[i] = (float) random.nextDouble(-1, 1);
        weights[3] = -0f;
        weights[4] = Float.MIN_VALUE;

        WeightRows rows = new WeightRows(index, weights);
        int[] cells = rows.cells();
        for (long f : added) {
            int row = index.get(f), at = rows.find(f);
            assertThat(at).isNotNegative();
            for (int t = 0; t < L; t++) {
                assertThat(Float.floatToRawIntBits(Float.intBitsToFloat(cells[at + t])))
                        .isEqualTo(Float.floatToRawIntBits(weights[row * L + t]));
            }
        }
        for (long f : random.longs(20_000).toArray()) assertThat(rows.find(Hashing.mix(f, 1))).isEqualTo(-1);
    }
}
