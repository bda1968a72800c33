package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented match reports: the one word after a player's position, his team and a comma is the player. */
class PlayersAfterPositionsTest {
    @Test
    void oneWordAfterPositionAndTeamIsAPlayer() {
        assertThat(EntitiesRead.named("""
                Klub itu siap menebus gelandang Persikota, Rendolo, dengan harga tinggi. Tendangan keras itu ditepis \
                kiper Timnas, Sarwendo. Sementara bek asal Brasil Tavarelo tampil apik di lini belakang."""))
                .contains("Rendolo/PERSON", "Sarwendo/PERSON", "Tavarelo/PERSON")
                .noneMatch(n -> n.startsWith("Rendolo/PLACE") || n.startsWith("Sarwendo/PLACE"));
    }

    @Test
    void aTownAfterTheTeamIsNoPlayer() {
        assertThat(EntitiesRead.named("""
                Penyerang Persikota, Bandung, dan Malang berlatih bersama di lapangan itu pekan lalu."""))
                .noneMatch(n -> n.startsWith("Bandung/PERSON"));
    }

    @Test
    void aNameGoingOnWithAParticleIsLeftWhole() {
        assertThat(EntitiesRead.named("""
                Namun, bagi mantan gelandang Sevilla, Ramon de la Vega, hasil itu sudah cukup baik bagi timnya."""))
                .noneMatch(n -> n.startsWith("Ramon/"));
    }
}
