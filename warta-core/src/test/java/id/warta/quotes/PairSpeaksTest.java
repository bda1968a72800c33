package id.warta.quotes;

import static id.warta.quotes.QuotesTest.indirectSpeakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code Sutrisno dan Bagus mengaku}: names joined by {@code dan} before a verb of saying speak together, and a group
 * goes to its first named member (gold-dev's convention); a {@code dan} inside a title joins no people. Also the outlet
 * that received a statement ({@code keterangan yang diterima Kompas}) is not its speaker.
 */
class PairSpeaksTest {

    @Test
    void aPairOfNamesGoesToTheFirst() {
        assertThat(indirectSpeakers("""
                Pedagang pasar mengeluhkan sepinya pembeli. Warsito dan Bagus mengaku omzet mereka turun separuh sejak bulan lalu.
                """)).containsExactly("Warsito");
    }

    @Test
    void aConjunctionInsideATitleJoinsNoPeople() {
        assertThat(indirectSpeakers("""
                Direktur Jenderal Penyelenggaraan Haji dan Umrah Darmono Wiryo menjelaskan bahwa jadwal keberangkatan sudah sesuai rencana.
                """)).containsExactly("Darmono Wiryo");
    }

    @Test
    void theOutletReceivingAStatementIsNotItsSpeaker() {
        assertThat(indirectSpeakers("""
                Direktur Keuangan Sulastri Handayani dalam keterangan resmi yang diterima Kompas, Sabtu (1/11/2025), menyampaikan bahwa kinerja perusahaan tetap positif.
                """)).containsExactly("Sulastri Handayani");
    }
}
