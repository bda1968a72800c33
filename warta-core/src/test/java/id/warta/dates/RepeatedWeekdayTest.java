package id.warta.dates;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.DateMention;
import id.warta.model.Moment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A story dates an event once with its weekday ({@code Senin (3/3/2025)}) and names the weekday bare after
 * ({@code kata Budi di Jakarta, Senin}): the bare weekday repeats that day, not the Monday before publication.
 */
class RepeatedWeekdayTest {
    /** Published on a Thursday, weeks after the Monday written. */
    private static final Moment PUBLISHED = Moment.of(LocalDate.of(2025, 4, 17));

    @Test
    void aBareWeekdayAfterADayWrittenWithItRepeatsThatDay() {
        String text = "Pengurus baru diumumkan Senin (3/3/2025) di Bandung. Rapat itu juga dihadiri wakil menteri. "
                + "\"Semua nama dipilih lewat seleksi terbuka,\" kata Budi di Bandung, Senin.";
        assertThat(DateFinder.find(text, PUBLISHED).dates()).extracting(DateMention::text, DateMention::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Senin", LocalDate.of(2025, 3, 3)));
    }

    @Test
    void aBareWeekdayStaysThisWeeksWhenThatDayIsWrittenToo() {
        String text = "Sidang pertama digelar Senin (7/4/2025). Sidang kedua digelar pada 14 April 2025. "
                + "\"Kami siap,\" kata jaksa, Senin.";
        assertThat(DateFinder.find(text, PUBLISHED).dates()).extracting(DateMention::text, DateMention::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Senin", LocalDate.of(2025, 4, 14)));
    }

    @Test
    void aDayItsWrittenWeekdayContradictsDatesNoBareWeekday() {
        // 4 April 2025 was a Friday: "Kamis (4/4/2025)" is a slip, and the bare Kamis after it stays the last Thursday
        String text = "Rapat digelar Kamis (4/4/2025). \"Kami siap,\" kata Budi, Kamis.";
        assertThat(DateFinder.find(text, PUBLISHED).dates()).extracting(DateMention::text, DateMention::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Kamis", LocalDate.of(2025, 4, 17)));
    }
}
