package id.warta.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sentence-reading helpers the date finder's steps share. */
class ScanTest {
    private static final String TEXT = "Rapat ditunda. Menurut Budi, acara akan digelar Kamis? Ya\nkata Sari Jumat";

    private static Scan scan() {
        return new Scan(TEXT, null, null, LocalDate.of(2026, 1, 1));
    }

    @Test
    void sentenceBeforeStopsAtTheSentencesStart() {
        assertThat(scan().sentenceBefore(TEXT.indexOf("Kamis"), 100)).isEqualTo("Menurut Budi, acara akan digelar ");
        assertThat(scan().sentenceBefore(TEXT.indexOf("Jumat"), 100)).isEqualTo("kata Sari ");
        assertThat(scan().sentenceBefore(TEXT.indexOf("ditunda"), 100)).isEqualTo("Rapat ");
    }

    @Test
    void sentenceBeforeReadsNoFurtherThanItsWindow() {
        assertThat(scan().sentenceBefore(TEXT.indexOf("Kamis"), 13)).isEqualTo("akan digelar ");
    }

    @Test
    void sentenceEndIsTheNextFullStopOrLineBreak() {
        assertThat(scan().sentenceEnd(0)).isEqualTo(TEXT.indexOf(". "));
        assertThat(scan().sentenceEnd(TEXT.indexOf("Ya"))).isEqualTo(TEXT.indexOf('\n'));
        assertThat(scan().sentenceEnd(TEXT.indexOf("kata"))).isEqualTo(TEXT.length());
    }
}
