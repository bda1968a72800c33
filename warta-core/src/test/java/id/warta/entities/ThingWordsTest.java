package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.lexicon.Lexicon;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThingWordsTest {
    private final ThingWords things = ThingWords.INSTANCE;

    @Test
    void aProductIsKnownWhateverItsCaseAndBlanks() {
        for (String[] row : Lexicon.rows(ThingWords.class, "products.tsv")) {
            String product = row[0];
            assertThat(things.isProduct(product)).as(product).isTrue();
            assertThat(things.isProduct(product.toUpperCase(Locale.ROOT))).as(product).isTrue();
            assertThat(things.isProduct(" " + product.replace(" ", " \t  ") + "\n")).as(product).isTrue();
            assertThat(things.isProduct("\u2009" + product + "\u3000")).as(product).isTrue(); // Unicode blanks strip takes
        }
        assertThat(things.isProduct("Pertamax  Turbo")).isTrue();
        assertThat(things.isProduct("Pertamax\u00A0Turbo")).isFalse(); // within, only ASCII blanks are one space
        assertThat(things.isProduct("Pertamina")).isFalse();
        assertThat(things.isProduct("")).isFalse();
    }

    @Test
    void aDocumentOrAConditionIsKnownByItsLastWordButNotAnEnglishBodyOfIt() {
        assertThat(things.isTerm("Paris Agreement")).isTrue();
        assertThat(things.isTerm("Technical  Cooperation Agreement")).isTrue();
        assertThat(things.isTerm("Down Syndrome")).isTrue();
        assertThat(things.isTerm("Agreement")).isFalse(); // one word: what it names, the text says
        assertThat(things.isTerm("Korean Society of Cardiometabolic Syndrome")).isFalse();
        assertThat(things.isTerm("Asosiasi Pengusaha Indonesia")).isFalse();
        assertThat(things.isTerm("Dinasti Goryeo")).isTrue();
        assertThat(things.isTerm("Acceptable Weekly Intake")).isTrue(); // a technical term in English
        assertThat(things.isTerm("Hybrid Solar Vehicle")).isTrue();
        assertThat(things.isTerm("Sentosa Entertainment")).isFalse(); // a firm's last word
        assertThat(things.isTerm("Dinasti")).isFalse();
    }

    @Test
    void aContestIsKnownByTheWordClosingOrOpeningItButNotABodyNamedAfterIt() {
        assertThat(things.isCompetition("Asian Games")).isTrue();
        assertThat(things.isCompetition("Asian Games 2018")).isTrue();
        assertThat(things.isCompetition("Borneo Pacific Cup")).isTrue();
        assertThat(things.isCompetition("Sulawesi Open")).isTrue();
        assertThat(things.isCompetition("Piala Nusantara")).isTrue();
        assertThat(things.isCompetition("Games")).isFalse(); // one word: what it names, the text says
        assertThat(things.isCompetition("Komite Olimpiade Indonesia")).isFalse();
        assertThat(things.isCompetition("Panitia Pelaksana Asian Games 2018")).isFalse();
        assertThat(things.isCompetition("Federal Open Market Committee")).isFalse();
    }
}
