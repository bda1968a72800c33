package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A racing series or a league named by its own name is a competition; its round's place stays; sentences written for this test. */
class SeriesRoundsTest {
    @Test
    void aSeriesAloneNamesNoOne() {
        String text = "Persaingan di MotoGP musim ini makin ketat. Pebalap muda itu naik dari Moto3, sementara kakaknya main di Bundesliga.";
        assertThat(named(text)).noneMatch(n -> n.startsWith("MotoGP/") || n.startsWith("Moto3/") || n.startsWith("Bundesliga/"));
    }

    @Test
    void aRoundNamedByItsPlaceNamesThePlace() {
        String text = "Rudi Hartono finis ketiga di MotoGP Aragon, Minggu. Sepekan kemudian ia jatuh di MotoGP Jerez.";
        assertThat(named(text)).contains("Aragon/PLACE", "Jerez/PLACE").noneMatch(n -> n.startsWith("MotoGP"));
    }

    @Test
    void aPersonRunIntoTheSeriesStaysAPerson() {
        String text = "Menurut Direktur Teknik MotoGP Benito Saldana, aturan ban akan diubah tahun depan.";
        assertThat(named(text)).contains("Benito Saldana/PERSON").noneMatch(n -> n.startsWith("MotoGP"));
    }

    @Test
    void aBodyNamedAfterTheSeriesIsABody() {
        String text = "Hak siar dijual oleh MotoGP Group kepada televisi swasta di Jakarta.";
        assertThat(named(text)).contains("MotoGP Group/ORGANIZATION");
    }
}
