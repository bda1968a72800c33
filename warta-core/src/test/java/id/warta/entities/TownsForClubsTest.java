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
}
