package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A racing series' own name ({@code MotoGP}), which names no entity, is no one a description of a rider points back to. */
class SeriesNamesTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aRidersDescriptionPointsToTheRiderNotTheSeries() {
        List<Quote> quotes = direct("""
                JAKARTA - Pebalap MotoGP dari tim Ducati, Andrea Sutrisno, gagal finis di dua seri terakhir MotoGP. "Kami punya kecepatan yang bagus di sini," ucap Sutrisno. Ia tetap optimistis. "Motor kami makin kompetitif dari pekan ke pekan," ujar pebalap asal Italia tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsOnly("Andrea Sutrisno");
    }

    @Test
    void aContestInsideADescriptionPointingBackIsNoSpeaker() {
        assertThat(direct("""
                JAKARTA - Pebalap Spanyol, Bagus Wicaksono, finis kedua di Mandalika. Ia belum puas. "Secara teknis kami masih tertinggal," sebut juara dunia MotoGP dua kali itu kepada wartawan.
                """)).extracting(q -> q.speaker().name()).containsExactly("Bagus Wicaksono");
    }
}
