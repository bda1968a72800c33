package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncasedLabelsTest {
    private static final EntityType ORG = EntityType.ORGANIZATION;

    /** {@code words}, each {@code [Word]} a one-word organisation, {@code {Word}} a one-word place. */
    private static LabeledSentence sentence(String text, boolean cased) {
        List<String> words = new ArrayList<>();
        List<NameSpan> names = new ArrayList<>();
        for (String w : text.split(" ")) {
            if (w.startsWith("[")) names.add(new NameSpan(words.size(), words.size() + 1, ORG));
            if (w.startsWith("{")) names.add(new NameSpan(words.size(), words.size() + 1, EntityType.PLACE));
            words.add(w.replaceAll("[\\[\\]{}]", ""));
        }
        return new LabeledSentence(words, names, cased, cased ? "idner" : "nerp");
    }

    @Test
    void aWordTheCasedSentencesLabelAsAnOrganisationIsLabeledWhereTheLowercasedOnesLeaveItOut() {
        List<LabeledSentence> out = UncasedLabels.harmonised(List.of(
                sentence("Penyidik [KPK] memeriksa saksi di {Jakarta}", true),
                sentence("Juru bicara [KPK] menyebut Budi diperiksa di {Jakarta}", true),
                sentence("kantor kpk didatangi warga jakarta", false)));
        assertThat(out.get(2).names()).containsExactly(new NameSpan(1, 2, ORG));
        assertThat(out.subList(0, 2)).isEqualTo(List.of(
                sentence("Penyidik [KPK] memeriksa saksi di {Jakarta}", true),
                sentence("Juru bicara [KPK] menyebut Budi diperiksa di {Jakarta}", true)));
    }

    @Test
    void aWordLabeledOnceOrInFewOfItsOccurrencesIsLeftAsTheLowercasedSentencesHaveIt() {
        List<LabeledSentence> out = UncasedLabels.harmonised(List.of(
                sentence("Grup [Mulia] tampil malam ini", true),
                sentence("Pengurus [Garuda] rapat, Garuda di dada kita, Garuda terbang", true),
                sentence("Laga [Garuda] ditunda", true),
                sentence("mulia dan garuda hadir", false)));
        assertThat(out.get(3).names()).isEmpty();
    }

    @Test
    void aWordAlreadyInANameKeepsThatName() {
        List<LabeledSentence> out = UncasedLabels.harmonised(List.of(
                sentence("Kader [PAN] hadir", true),
                sentence("Ketua [PAN] bicara", true),
                sentence("tiba di {pan} kemarin", false)));
        assertThat(out.get(2).names()).containsExactly(new NameSpan(2, 3, EntityType.PLACE));
    }
}
