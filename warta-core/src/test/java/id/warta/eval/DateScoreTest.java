package id.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Moment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date score's two figures, and the test of a day written on the page that decides the second. */
class DateScoreTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 9);

    private static boolean writes(String page) {
        return WrittenDay.on("<html><body>" + page + "</body></html>", null, DAY);
    }

    @Test
    void aDayIsWrittenInNumbersInAnyOrderAndWithAnySeparator() {
        assertThat(writes("<meta property=\"article:published_time\" content=\"2024-03-09T06:00:00+07:00\">")).isTrue();
        assertThat(writes("<p class=\"tanggal\">Sabtu, 09.03.2024 | 06:00 WIB</p>")).isTrue();
        assertThat(writes("<span>9/3/2024</span>")).isTrue();
        assertThat(writes("<span>3/9/2024</span>")).isTrue(); // month first, as American pages write it
        assertThat(writes("<span>09.03.24</span>")).isTrue();
        assertThat(writes("<span>9.\u2009" + "3.\u20092024</span>")).isTrue();
        assertThat(writes("<td>09 | 03 | 2024</td>")).isTrue();
        assertThat(writes("<img src=\"/foto/20240309_banjir.jpg\">")).isTrue();
    }

    @Test
    void aDayIsWrittenWithItsMonthsNameInTheLanguagesPagesUse() {
        assertThat(writes("<time>Sabtu, 9 Maret 2024</time>")).isTrue();
        assertThat(writes("<time>9. März 2024</time>")).isTrue();
        assertThat(writes("<time>9 de marzo de 2024</time>")).isTrue();
        assertThat(writes("<time>Mar. 9th, 2024</time>")).isTrue();
        assertThat(writes("<time>9 MARET 2024</time>")).isTrue();
        assertThat(writes("<p class=\"date\">2024年3月9日</p>")).isTrue();
        // day, month and year in elements of their own
        assertThat(writes("<div class=\"datum\"><span>Mar</span> <span>9</span><span>2024</span></div>")).isTrue();
    }

    @Test
    void anotherDayOrADayWithoutItsYearIsNotTheDay() {
        assertThat(writes("<time>9 Maret</time><p>Tahun 2024 membawa banyak perubahan.</p>")).isFalse();
        assertThat(writes("<time>19.03.2024</time><time>2024-03-19</time><time>10 Maret 2024</time>")).isFalse();
        assertThat(writes("<script src=\"app.js?v=1.9.3.24\"></script>")).isFalse();
        assertThat(writes("<p>9 April 2024</p><p>Rp 2.024</p>")).isFalse();
    }

    @Test
    void theAddressMayWriteTheDay() {
        assertThat(WrittenDay.on("<p>Tanpa tanggal.</p>", "https://warta-contoh.id/berita/2024/03/09/banjir", DAY)).isTrue();
        assertThat(WrittenDay.on("<p>Tanpa tanggal.</p>", "https://warta-contoh.id/berita/banjir", DAY)).isFalse();
    }

    @Test
    void theSecondFigureLeavesOutAGoldThatIsNoDateAndADayThePageNeverWrites() {
        DateScore.Tally tally = new DateScore.Tally();
        Moment ours = Moment.of(DAY);
        String shown = "<time>9 Maret 2024</time>";
        assertThat(tally.add("2024-03-09", ours, shown, null)).isEqualTo(new DateScore.Verdict(true, null));
        assertThat(tally.add("2024-03-09T23:00:00Z", null, shown, null)).isEqualTo(new DateScore.Verdict(false, null));
        assertThat(tally.add("2024-29-03", ours, shown, null)).isEqualTo(new DateScore.Verdict(false, DateScore.GOLD_NO_DATE));
        assertThat(tally.add("2024-03-10", ours, shown, null)).isEqualTo(new DateScore.Verdict(false, DateScore.DAY_NOT_ON_PAGE));
        DateScore score = tally.score();
        assertThat(score).isEqualTo(new DateScore(4, 1, 1, 1, 1));
        assertThat(score.accuracy()).isEqualTo(0.25);
        assertThat(score.onPage()).isEqualTo(2);
        assertThat(score.onPageAccuracy()).isEqualTo(0.5);
        assertThat(score.line()).isEqualTo("date 0.2500 (1/4)  date on page 0.5000 (1/2; left out 2: 1 gold no date, 1 day not on page)");
    }
}
