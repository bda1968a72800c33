package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The appeal vocabularies are searched with one word-boundary test per position. */
class SectionsPatternsTest {
    @Test
    void onlyTheBoundariesOpeningTopLevelAlternativesGo() {
        assertThat(Sections.withoutOpeningBoundaries("\\bnewsletter")).isEqualTo("newsletter");
        assertThat(Sections.withoutOpeningBoundaries("\\bsuscr[ií]b|\\bsuscripci[óo]n")).isEqualTo("suscr[ií]b|suscripci[óo]n");
        // inside a group, a class or after an escape the \b stays: it is no alternative's opening
        assertThat(Sections.withoutOpeningBoundaries("\\b(?:a|\\bb)\\b.{0,40}\\bhilft\\b|[|]\\bx"))
                .isEqualTo("(?:a|\\bb)\\b.{0,40}\\bhilft\\b|[|]\\bx");
    }

    @Test
    void thePleasAreStillFoundInAnyCaseAndOnlyAtAWordsStart() {
        Pattern plea = Pattern.compile("\\b(?:" + Sections.withoutOpeningBoundaries("\\bdukung\\s+jurnalisme|\\bjede\\s+spende") + ")");
        assertThat(plea.matcher("Ayo DUKUNG Jurnalisme independen".toLowerCase()).find()).isTrue();
        assertThat(plea.matcher("kami mendukung jurnalisme".toLowerCase()).find()).isFalse();
    }
}
