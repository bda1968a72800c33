package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stop words looked up in place in a block's text, as the lower-cased words would be. */
class StopwordsTest {
    private static final Stopwords INDONESIAN = Stopwords.forPage("id", List.of());

    @Test
    void wordsAreReadInPlaceWhateverTheirCase() {
        // "Yang", "DI", "dan" are stop words; "Warga", "Bogor", "berkumpul", "Balai", "Kota" are not
        assertThat(INDONESIAN.density("Yang berkumpul DI Balai Kota dan warga Bogor.")).isEqualTo(3.0 / 8);
        assertThat(INDONESIAN.contains("--DAN--", 2, 5)).isTrue();
        assertThat(INDONESIAN.contains("dana", 0, 4)).isFalse();
    }

    @Test
    void aCurlyApostropheReadsAsAStraightOneAndCapitalsWithTwoLetterLowerCasesGoTheSlowWay() {
        Stopwords english = Stopwords.forPage("en", List.of());
        assertThat(english.density("You’re right, I’M told")).isEqualTo(2.0 / 4);
        assertThat(english.contains("İT", 0, 2)).isFalse(); // "i̇t", not "it"
        assertThat(Stopwords.forPage("de", List.of()).density("ÜBER Berlin")).isEqualTo(0.5);
    }

    @Test
    void withoutALabelTheListCoveringMostWordsIsTaken() {
        Page.Block prose = new Page.Block("Warga yang tinggal di tepi sungai dan di lereng bukit diminta waspada "
                + "karena hujan deras masih akan turun dari sore ini hingga malam nanti.", Page.Kind.PARAGRAPH, List.of());
        assertThat(Stopwords.forPage(null, List.of(prose))).isSameAs(INDONESIAN);
        assertThat(Stopwords.forPage("xx", List.of()).isEmpty()).isTrue();
    }
}
