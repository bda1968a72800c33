package id.warta.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trains on a handful of sentences written for this test: the learners learn, the model file round-trips. */
class TrainingSmokeTest {
    private static final String[][] PEOPLE = {{"Rudi", "Hartawan"}, {"Siti", "Rahmawati"}, {"Asep", "Sumarna"},
        {"Dewi", "Lestari"}, {"Bambang", "Wiryawan"}, {"Nur", "Aisyah"}};
    private static final String[] PLACES = {"Garut", "Semarang", "Kupang", "Ambon", "Palu", "Jambi"};

    static List<LabeledSentence> sentences() {
        List<LabeledSentence> out = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String[] p = PEOPLE[i];
            String place = PLACES[(i + 1) % PLACES.length];
            out.add(new LabeledSentence(List.of("Bupati", p[0], p[1], "meninjau", "banjir", "di", place, "."),
                    List.of(new NameSpan(1, 3, EntityType.PERSON), new NameSpan(6, 7, EntityType.PLACE)), true, "a"));
            out.add(new LabeledSentence(List.of("Warga", place, "menyambut", p[0], "dengan", "gembira", "."),
                    List.of(new NameSpan(1, 2, EntityType.PLACE), new NameSpan(3, 4, EntityType.PERSON)), true, "a"));
        }
        return out;
    }

    private static NerTraining.Lexicons noLexicons() {
        return new NerTraining.Lexicons(WordTable.empty(), new Gazetteer());
    }

    @Test
    void perceptronLearnsTheSentencesItWasShown() {
        check(TrainOptions.Algorithm.PERCEPTRON);
    }

    @Test
    void crfLearnsTheSentencesItWasShown() {
        check(TrainOptions.Algorithm.CRF);
    }

    private static void check(TrainOptions.Algorithm algorithm) {
        TrainOptions options = new TrainOptions(algorithm, 8, 1, 1, 1, false, null, 0.1, TrainOptions.DEFAULT.margin(), Map.of());
        NerModel model = NerTraining.train(noLexicons(), sentences(), options, s -> { });
        for (LabeledSentence s : sentences()) assertThat(model.tag(s.words(), true)).isEqualTo(s.names());
    }

    @Test
    void aWrittenModelTagsAsTheOneInMemory() throws IOException {
        TrainOptions options = new TrainOptions(TrainOptions.Algorithm.PERCEPTRON, 5, 1, 2, 1, true, "a", 1, TrainOptions.DEFAULT.margin(), Map.of());
        NerModel model = NerTraining.train(noLexicons(), sentences(), options, s -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        List<String> unseen = List.of("Bupati", "Dewi", "Lestari", "tiba", "di", "Kupang", ".");
        assertThat(read.tag(unseen, true)).isEqualTo(model.tag(unseen, true));
        assertThat(read.domain()).isEqualTo("a");
    }

    @Test
    void sameSeedSameModel() throws IOException {
        TrainOptions options = new TrainOptions(TrainOptions.Algorithm.PERCEPTRON, 3, 7, 2, 1, false, null, 1, TrainOptions.DEFAULT.margin(), Map.of());
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        NerTraining.train(noLexicons(), sentences(), options, s -> { }).write(a);
        NerTraining.train(noLexicons(), sentences(), options, s -> { }).write(b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void theMarginMovesTheWeightsOfSentencesAlreadyTaggedRight() throws IOException {
        TrainOptions plain = new TrainOptions(TrainOptions.Algorithm.PERCEPTRON, 8, 1, 1, 1, false, null, 1, 0, Map.of());
        ByteArrayOutputStream without = new ByteArrayOutputStream(), with = new ByteArrayOutputStream();
        NerTraining.train(noLexicons(), sentences(), plain, s -> { }).write(without);
        NerModel model = NerTraining.train(noLexicons(), sentences(), plain.withMargin(50), s -> { });
        model.write(with);
        assertThat(with.toByteArray()).isNotEqualTo(without.toByteArray());
        for (LabeledSentence s : sentences()) assertThat(model.tag(s.words(), true)).isEqualTo(s.names());
    }
}
