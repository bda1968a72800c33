package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name right after the word for a team is the team; invented motor-racing and football news. */
class TeamsTakenForPeopleTest {
    @Test
    void aNameAfterTheWordForATeamIsTheTeam() {
        String text = "Rudi Hartono sebelumnya membalap untuk tim Castellano dan Vortesa. "
                + "Pembalap tim Bertolli Autosport itu sempat dibawa ke rumah sakit, tapi cedera kepalanya terlalu serius.";
        assertThat(named(text)).contains("Castellano/ORGANIZATION", "Vortesa/ORGANIZATION", "Rudi Hartono/PERSON",
                        "Bertolli Autosport/ORGANIZATION")
                .doesNotContain("Bertolli Autosport/PERSON", "Castellano/PERSON", "Vortesa/PLACE");
    }

    @Test
    void theOtherMentionsOfTheTeamGoWithIt() {
        String text = "Rudi Hartono pernah membalap untuk tim Formula 1, Castellano dan Vortesa, pada 2010. "
                + "Ia sempat membalap sebanyak 16 kali di tim Castellano dan Vortesa.";
        assertThat(named(text)).contains("Castellano/ORGANIZATION", "Vortesa/ORGANIZATION")
                .doesNotContain("Castellano/PERSON", "Vortesa/PLACE");
    }

    @Test
    void theHolderOfARoleInATeamStaysAPerson() {
        String text = "Keputusan itu diumumkan manajer tim Paolo Verdani di Jakarta, Senin.";
        assertThat(named(text)).contains("Paolo Verdani/PERSON");
    }

    @Test
    void aTeamNamedForItsCountryStaysThePlace() {
        String text = "Budi Santoso mengatakan tim Prancis tampil sangat baik di laga itu.";
        assertThat(named(text)).contains("Prancis/PLACE");
    }

    @Test
    void aPersonNamedInFullElsewhereStaysAPerson() {
        String text = "Kampanye Donald Trump berlanjut di Ohio. Juru bicara menyebut tim Trump sudah siap.";
        assertThat(named(text)).contains("Donald Trump/PERSON").doesNotContain("Trump/ORGANIZATION");
    }

    @Test
    void aPersonCalledBySurnameElsewhereStaysAPerson() {
        String text = "Hubungan antara pebalap tim Rudi Hartono dan Budi Santoso kembali memanas. Hartono menolak "
                + "berkomentar.";
        assertThat(named(text)).contains("Rudi Hartono/PERSON").doesNotContain("Rudi Hartono/ORGANIZATION");
    }
}
