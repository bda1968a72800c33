package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameRunsTest {
    private static int[] starts(String sentence) {
        String[] words = sentence.split(" ");
        boolean[] capitalised = new boolean[words.length];
        for (int i = 0; i < words.length; i++) capitalised[i] = Character.isUpperCase(words[i].charAt(0));
        return NameRuns.starts(capitalised, Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }

    @Test
    void aConnectorBetweenCapitalisedWordsStaysInTheirRun() {
        assertThat(starts("kata Badan Pengawas Obat dan Makanan Kamis , di Jakarta"))
                .containsExactly(-1, 1, 1, 1, 1, 1, 1, -1, -1, 9);
    }

    @Test
    void aConnectorAtARunsEdgeIsNotInIt() {
        assertThat(starts("Bank of America dan mitra")).containsExactly(0, 0, 0, -1, -1);
        assertThat(starts("dan Bank")).containsExactly(-1, 1);
    }
}
