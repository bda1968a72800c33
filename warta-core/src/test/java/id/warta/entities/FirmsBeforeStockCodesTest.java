package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented market news: a firm named with its stock code in brackets. */
class FirmsBeforeStockCodesTest {
    @Test
    void aNameBeforeAStockCodeInMarketNewsIsAFirm() {
        List<Entity> entities = Entities.shipped().find("""
                Analis Budi Santoso menilai saham Wira Dharmaputra (WIDP) masih menarik dikoleksi pekan ini. \\
                Harga saham itu naik 4 persen kemarin.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .doesNotContain("Wira Dharmaputra");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Wira Dharmaputra");
    }

    @Test
    void withoutAMarketWordThePersonStays() {
        List<Entity> entities = Entities.shipped().find("""
                Ketua panitia Wira Dharmaputra (WIDP) membuka lomba lari di Alun-alun Kota Kediri, Minggu pagi.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).contains("Wira Dharmaputra");
    }
}
