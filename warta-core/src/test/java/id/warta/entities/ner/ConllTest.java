package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllTest {
    private static final Map<String, EntityType> TYPES = Map.of("PER", EntityType.PERSON, "LOC", EntityType.PLACE);

    @TempDir
    Path dir;

    @Test
    void readsSentencesWithTagsInTheLastColumnSpacesOrTabs() throws IOException {
        Path f = dir.resolve("corpus.txt");
        Files.writeString(f, "Bupati NOUN O\nRudi PROPN B-PER\nHartawan PROPN I-PER\ntiba VERB O\ndi ADP O\n"
                + "Garut PROPN B-LOC\n. PUNCT O\n\nIa\tO\npulang\tO\n");
        List<LabeledSentence> s = Conll.read(f, TYPES, true, "test");
        assertThat(s).hasSize(2);
        assertThat(s.getFirst().words()).containsExactly("Bupati", "Rudi", "Hartawan", "tiba", "di", "Garut", ".");
        assertThat(s.getFirst().names()).containsExactly(new NameSpan(1, 3, EntityType.PERSON),
                new NameSpan(5, 6, EntityType.PLACE));
        assertThat(s.get(1).names()).isEmpty();
    }

    @Test
    void startsANameAtAnInsideTagThatFollowsNoneAndDropsUnmappedTypes() throws IOException {
        Path f = dir.resolve("iob1.txt");
        Files.writeString(f, "makan\tO\nsate\tI-FNB\ndi\tO\nsolo\tI-LOC\nbaru\tI-LOC\njoko\tI-PER\n");
        List<LabeledSentence> s = Conll.read(f, TYPES, false, "test");
        assertThat(s.getFirst().names()).containsExactly(new NameSpan(3, 5, EntityType.PLACE),
                new NameSpan(5, 6, EntityType.PERSON));
        assertThat(s.getFirst().cased()).isFalse();
    }
}
