package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bold dateline ({@code **MADIUN, KOMPAS.com** --}), after a photo line or not, is cut by the extractor: no part of the sentence after it. */
class DatelineLeftInTextTest {

    private static List<Quote> indirect(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream()
                .filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    @Test
    void theNameBeforeADescriptionWhosePlacesRunToTheVerbSpeaksAfterABoldDateline() {
        List<Quote> quotes = indirect("""
                ![Kantor Desa Sidorejo, Senin (3/2/2025).](https://example.com/foto/kantor-desa.jpg)

                **MADIUN, KOMPAS.com** -- Suwarno, staf Desa Sidorejo, Kecamatan Dagangan, Kabupaten Madiun, Jawa Timur mengatakan bahwa gajinya raib sehari setelah masuk rekening.

                Dia mengaku sudah melapor ke kantor cabang bank terdekat.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Suwarno", "mengatakan"), tuple("Suwarno", "mengaku"));
    }
}
