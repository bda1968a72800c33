package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Sebuah unggahan menyebut ...}: {@code sebuah} opens a description, never a name; invented text. */
class OneReportDescribedTest {

    @Test
    void aPostOpenedBySebuahSpeaksAsDescribedNotAsSebuah() {
        List<Quote> quotes = new Pipeline().analyze(QuotesTest.doc("""
                Sebuah unggahan menyebut harga tiket kereta bakal naik dua kali lipat pada bulan depan.

                "Kabar itu tidak benar dan tiket tetap seharga biasa," kata juru bicara PT Kereta Contoh, Rudi Hartanto.
                """)).quotes();
        assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name())
                .doesNotContain("Sebuah").contains("Rudi Hartanto");
    }
}
