package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented local news: RT is the neighbourhood unit (rukun tetangga) of an address, no foreign broadcaster. */
class NeighbourhoodUnitsTest {
    @Test
    void rtInAnAddressOrBesideItsHeadIsNoOutlet() {
        List<Entity> address = Entities.shipped().find(
                "Banjir merendam rumah warga RT 04 RW 02, Kelurahan Sukamulya. Ketua RT Budi Santosa meminta bantuan.");
        assertThat(address).extracting(Entity::name).doesNotContain("Russia Today", "RT");
        List<Entity> rule = Entities.shipped().find(
                "Wali kota mewajibkan setiap RT menyediakan pos ronda. Program itu dimulai bulan depan di semua RT.");
        assertThat(rule).extracting(Entity::name).doesNotContain("Russia Today", "RT");
    }

    @Test
    void theBroadcasterWrittenOutStays() {
        List<Entity> outlet = Entities.shipped().find("Dikutip dari laman Russia Today, Moskwa menolak tuduhan itu.");
        assertThat(outlet).extracting(Entity::name).contains("Russia Today");
    }
}
