package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tagging reads the features training counted: {@link Features#rows} is {@link Features#extract} looked up. */
class FeaturesTest {
    private static final List<String> KNOWN = List.of("Bupati", "Garut", "Rudi", "Hartawan", "meninjau", "banjir", ".");
    private static final List<String> READ = List.of("Warga", "Garut", "menyambut", "Bupati", "Rudi", "Hartawan", "di",
            "Pasar", "Ciawitali", ",", "Senin", "(", "3/3", ")", ".");
    /** READ's words again, among other neighbours: the rows of what reads one token alone are copied, the rest looked up. */
    private static final List<String> READ_AGAIN = List.of("Rudi", "Hartawan", "meninjau", "Pasar", "Ciawitali", "di",
            "Garut", "pada", "Senin", "(", "3/3", ")", ",", "kata", "warga", ".");
    /** READ's words beside the sentence's ends. */
    private static final List<String> SHORT = List.of("Garut", ".");

    @Test
    void theRowsOfASentenceAreItsFeaturesLookedUpTokenByToken() {
        Features features = new Features(WordTable.empty(), new Gazetteer());
        for (String domain : new String[] {null, "idner"}) {
            FeatureIndex index = new FeatureIndex(1024);
            for (boolean cased : new boolean[] {true, false}) {
                for (long[] token : features.extract(KNOWN, cased, domain)) for (long f : token) index.add(f);
            }
            // uncased first: the words' cased rows are looked up later, beside the others kept
            for (boolean cased : new boolean[] {false, true}) {
                for (List<String> sentence : List.of(READ, READ_AGAIN, SHORT, READ, SHORT)) {
                    assertRowsAreLookups(features, sentence, cased, domain, index);
                }
            }
        }
    }

    private static void assertRowsAreLookups(Features features, List<String> sentence, boolean cased, String domain,
                                             FeatureIndex index) {
        long[][] expected = features.extract(sentence, cased, domain);
        Features.Rows rows = features.rows(sentence, cased, domain, index);

        assertThat(rows.ends()).hasSize(sentence.size());
        int from = 0, known = 0, unknown = 0;
        for (int i = 0; i < expected.length; i++) {
            assertThat(rows.ends()[i] - from).as("features of token %d", i).isEqualTo(expected[i].length);
            for (long f : expected[i]) {
                int row = rows.rows()[from++];
                assertThat(row).as("%s, token %d, cased %s, domain %s", sentence, i, cased, domain).isEqualTo(index.get(f));
                if (row < 0) unknown++;
                else known++;
            }
        }
        assertThat(known).as("features the index knows").isPositive();
        assertThat(unknown).as("features it does not").isPositive();
    }
}
