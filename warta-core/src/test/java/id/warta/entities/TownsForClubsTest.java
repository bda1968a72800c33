package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A town after a football position or a verb of playing for a side is the club; sentences written for this test. */
class TownsForClubsTest {
    @Test
    void aTownAfterAPositionIsTheClub() {
        String text = "Klub itu juga mendatangkan bek Bournemouth, Budi Wiranto, pekan lalu. Mantan penyerang Santos itu tiba Senin.";
        assertThat(named(text)).contains("Bournemouth/ORGANIZATION", "Santos/ORGANIZATION")
                .doesNotContain("Bournemouth/PLACE", "Santos/PLACE");
    }

    @Test
    void itsOtherMentionsAreTheClubToo() {
        String text = "Gelandang muda itu kini bermain untuk Como. Ketika melepasnya ke Como, klub lamanya menyimpan opsi beli.";
        assertThat(named(text)).contains("Como/ORGANIZATION").doesNotContain("Como/PLACE");
    }

    @Test
    void aCountryOrAnIndonesianTownStaysAPlace() {
        String text = "Kiper Thailand itu menepis dua tendangan. Pelatih Surabaya, Andi Wijaya, puas.";
        assertThat(named(text)).contains("Thailand/PLACE").doesNotContain("Thailand/ORGANIZATION", "Surabaya/ORGANIZATION");
    }

    @Test
    void outsideAFootballStoryAPlayerIsNoFootballer() {
        String text = "Film laga itu dibintangi pemain Hong Kong yang tenar. Syutingnya berlangsung tiga bulan.";
        assertThat(named(text)).contains("Hong Kong/PLACE").doesNotContain("Hong Kong/ORGANIZATION");
    }

    @Test
    void aFootballStoryIsToldByItsWordsWrittenWhole() {
        java.util.regex.Pattern asPattern = java.util.regex.Pattern.compile("(?i)(?<!\\p{L})(?:klub|sepak ?bola|gol)(?!\\p{L})");
        for (String text : new String[] {"Klub", "KLUB itu", "laga sepak bola", "SepakBola.", "satu gol!", "(Gol)", "golongan",
                "Golkar menang", "seklub", "sepak  bola", "sepak\tbola", "pukul 7, gol", "gola", "bolagol", "ágol", "gol\u00e9",
                "sepakbolanya", "GOL", "klub\uD835\uDC00", "\uD835\uDC00gol", "", "k", "sepak bol"}) {
            assertThat(TownsForClubs.aboutFootball(text)).as(text).isEqualTo(asPattern.matcher(text).find());
        }
    }
}
