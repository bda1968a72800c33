package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented motoring and gadget news: a maker's model named after a word for a vehicle or a device. */
class ModelsAfterProductWordsTest {
    @Test
    void aModelAfterAVehicleWordIsAProduct() {
        List<Entity> entities = Entities.shipped().find("""
                Dealer di Kota Malang memajang dua unit Toyota Zentrix di pameran akhir pekan. Menurut manajer penjualan \\
                Rudi Hartanto, Toyota Zentrix bersaing dengan sedan Toyota Velra di kelasnya.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("Toyota Zentrix", "Toyota Velra");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).contains("Rudi Hartanto");
    }

    @Test
    void aBodyAfterAVehicleWordStays() {
        List<Entity> entities = Entities.shipped().find("""
                Pengemudi mobil Dinas Perhubungan Kota Malang, Agus Salim, mengatakan kendaraan itu baru diperbaiki.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isNotEmpty();
    }

    @Test
    void aModelAfterADeviceWordIsAProduct() {
        List<Entity> entities = Entities.shipped().find("""
                Laptop baru itu memakai chip Kora AI Max buatan Teknika. Pengguna ponsel Teknika Galaksi juga bisa \
                menyambungkannya. Kora AI Max unggul dalam uji grafis, kata analis Budi Santoso.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("Kora AI Max", "Teknika Galaksi");
    }
}
