package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureIndexTest {
    @Test
    void findsEveryFeatureAddedAndNoOtherAfterGrowing() {
        SplittableRandom random = new SplittableRandom(7);
        long[] added = random.longs(50_000).toArray();
        FeatureIndex index = new FeatureIndex(16); // grows many times over
        for (int row = 0; row < added.length; row++) assertThat(index.add(added[row])).isEqualTo(row);

        for (int row = 0; row < added.length; row++) assertThat(index.get(added[row])).isEqualTo(row);
        // features hashed as the tagger makes them, none of them added
        for (long f : random.longs(50_000).toArray()) assertThat(index.get(Hashing.mix(f, 1))).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(added.length);
        assertThat(index.add(added[123])).as("a feature added again keeps its row").isEqualTo(123);
    }
}
