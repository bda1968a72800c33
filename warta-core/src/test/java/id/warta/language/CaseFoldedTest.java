package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link CaseFolded} finds a word where a {@code (?iu)} pattern of it would, and only there. */
class CaseFoldedTest {
    @Test
    void findsTheWordInAnyCase() {
        assertThat(CaseFolded.indexOf("Pilihan WARNA baru", "warna", 0)).isEqualTo(8);
        assertThat(CaseFolded.indexOf("jalan Tol dan tol", "tol", 7)).isEqualTo(14);
        assertThat(CaseFolded.contains("pistol air", "tol")).isTrue(); // inside a word too, as the pattern
        assertThat(CaseFolded.contains("warn", "warna")).isFalse();
        assertThat(CaseFolded.contains("", "tol")).isFalse();
    }

    @Test
    void foldsAsThePatternDoes() {
        assertThat(CaseFolded.contains("\u017Fhade", "shade")).isTrue(); // the long s
        assertThat(Pattern.compile("(?iu)shade").matcher("\u017Fhade").find()).isTrue();
    }

    /** Random text over letters with odd case foldings: the same first match as the pattern's. */
    @Test
    void agreesWithThePattern() {
        String alphabet = "tTolOLsShHaAdDeEwWrRnNkK\u017F\u212A\u0130\u0131 -.\u00E9";
        Random random = new Random(7);
        for (String word : new String[] {"tol", "shade", "warna", "k"}) {
            Pattern pattern = Pattern.compile("(?iu)" + word);
            for (int round = 0; round < 3000; round++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                Matcher m = pattern.matcher(text);
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                int expected = m.find(from) ? m.start() : -1;
                assertThat(CaseFolded.indexOf(text.toString(), word, from)).as("%s in %s", word, text).isEqualTo(expected);
            }
        }
    }
}
