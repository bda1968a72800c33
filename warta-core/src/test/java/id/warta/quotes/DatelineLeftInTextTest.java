package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dateline the extractor left in the text ({@code **MADIUN, KOMPAS.com** --}) is no part of the sentence after it. */
class DatelineLeftInTextTest {

    private static List<Quote> indirect(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream()
                .filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    @Test
    void theNameBeforeADescriptionWhosePlacesRunToTheVerbSpeaksAfterABoldDateline() {
        List<Quote> quotes = indirect("""
                | Field | Value |

                | title | Gaji Pegawai Desa Raib |

                **MADIUN, KOMPAS.com** -- Suwarno, staf Desa Sidorejo, Kecamatan Dagangan, Kabupaten Madiun, Jawa Timur mengatakan bahwa gajinya raib sehari setelah masuk rekening.

                Dia mengaku sudah melapor ke kantor cabang bank terdekat.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Suwarno", "mengatakan"), tuple("Suwarno", "mengaku"));
    }

    @Test
    void aDashAfterWordsInLowerCaseEndsNoDateline() {
        Passage p = new Passage("Harga cabai - juga bawang - naik lagi.", List.of());
        assertThat(p.startsSentence(3)).isFalse();
    }

    @Test
    void aDashAfterAPlaceAndOutletInCapitalsEndsTheDateline() {
        Passage p = new Passage("**BOGOR, KOMPAS.com** - Warga mengeluh.", List.of());
        assertThat(p.word(8)).isEqualTo("Warga");
        assertThat(p.startsSentence(8)).isTrue();
        Passage closedAfter = new Passage("**BOGOR, KOMPAS.com --** Warga mengeluh.", List.of());
        assertThat(closedAfter.word(8)).isEqualTo("Warga");
        assertThat(closedAfter.startsSentence(8)).isTrue();
        assertThat(closedAfter.startsSentence(6)).isFalse();
    }
}
