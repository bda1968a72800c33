package id.warta.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void groupsAVocabularyByClassInFileOrderSkippingCommentsAndBlankLines() {
        Map<String, Set<String>> classes = Lexicon.classes(LexiconTest.class, "word-classes.tsv");
        assertThat(classes.keySet()).containsExactly("verb", "adverb", "familiar");
        assertThat(classes.get("verb")).containsExactly("disapa", "dipanggil");
        assertThat(classes.get("adverb")).containsExactly("akrab");
        assertThat(classes.get("familiar")).containsExactly("akrab"); // one word, two classes
        assertThat(classes.get("filler")).isNull();
        assertThatThrownBy(() -> classes.get("verb").add("dijuluki")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void saysWhichVocabularyIsMissing() {
        assertThatThrownBy(() -> Lexicon.classes(LexiconTest.class, "no-such.tsv"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("no-such.tsv");
    }
}
