package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tagging reads the features training counted: {@link Features#rows} is {@link Features#extract} looked up. */
class FeaturesTest {
    private static final List<String> KNOWN = List.of("Bupati", "Garut", "Rudi", "Hartawan", "meninjau", "banjir", ".");
    private static final List<String> READ = List.of("Warga", "Garut", "menyambut", "Bupati", "Rudi", "Hartawan", "di",
            "Pasar", "Ciawitali", ",", "Senin", "(", "3/3", ")", ".");

    @Test
    void theRowsOfASentenceAreItsFeaturesLookedUpTokenByToken() {
        Features features = new Features(WordTable.empty(), new Gazetteer());
        for (String domain : new String[] {null, "idner"}) {
            for (boolean cased : new boolean[] {true, false}) {
                FeatureIndex index = new FeatureIndex(1024);
                for (long[] token : features.extract(KNOWN, cased, domain)) for (long f : token) index.add(f);

                long[][] expected = features.extract(READ, cased, domain);
                Features.Rows rows = features.rows(READ, cased, domain, index);

                assertThat(rows.ends()).hasSize(READ.size());
                int from = 0, known = 0, unknown = 0;
                for (int i = 0; i < expected.length; i++) {
                    assertThat(rows.ends()[i] - from).as("features of token %d", i).isEqualTo(expected[i].length);
                    for (long f : expected[i]) {
                        int row = rows.rows()[from++];
                        assertThat(row).isEqualTo(index.get(f));
                        if (row < 0) unknown++;
                        else known++;
                    }
                }
                assertThat(known).as("features the index knows").isPositive();
                assertThat(unknown).as("features it does not").isPositive();
            }
        }
    }
}
