package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A description after the cue whose name is only what it is of, then a place or date in apposition or where it
 * stands, closed by a word pointing back: the speaker is one met before, never the place or the name inside
 * (articles invented for this test).
 */
class AppositionPointingBackTest {

    @Test
    void aBirthplaceAndDateInAppositionBeforeItuNamesNoOne() {
        List<Quote> quotes = QuotesTest.direct("""
                JAKARTA - Penyerang asal Portugal, Rui Santos, mencetak dua gol pada laga Minggu (3/5/2026).

                "Saya senang sekali dengan hasil ini," kata Rui Santos kepada wartawan.

                "Dia wanita yang istimewa dan mengerti saya," lanjut pemain kelahiran Porto, 5 Februari 1990 itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rui Santos", "Rui Santos");
    }

    @Test
    void aBirthplaceAndItsCountryInAppositionBeforeTersebutNamesNoOne() {
        List<Quote> quotes = QuotesTest.direct("""
                JAKARTA - Penyerang asal Portugal, Rui Santos, mencetak dua gol pada laga Minggu (3/5/2026).

                "Kami akan terus berjuang," pungkas pemain kelahiran Braga, Portugal, tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rui Santos");
    }

    @Test
    void aPersonsNameInsideADescriptionClosedAfterWhereItStandsIsNotTheSpeaker() {
        List<Quote> quotes = QuotesTest.direct("""
                BANDUNG - Pelatih tim, Andi Wirawan, memuji penampilan anak asuhnya pada laga Sabtu.

                "Dia bekerja keras," ucap mantan asisten Indra Sjafri di Timnas itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Andi Wirawan");
    }

    @Test
    void aTitleThenACommaThenTheHoldersNameStillNamesTheHolder() {
        List<Quote> quotes = QuotesTest.direct("""
                BANDUNG - Banjir merendam ratusan rumah warga.

                "Air mulai surut," kata Kepala BPBD Kota Bandung, Budi Hartono, Senin.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Hartono");
    }
}
