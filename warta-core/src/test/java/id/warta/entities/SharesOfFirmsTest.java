package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented market news: one capitalised word after {@code saham} or {@code emiten} names a listed firm. */
class SharesOfFirmsTest {
    @Test
    void aWordAfterSharesIsAFirm() {
        List<Entity> entities = Entities.shipped().find("""
                Saham Erajaya melonjak 5 persen pada perdagangan Senin. Analis menilai emiten Sarimas punya prospek \
                cerah, sementara harga saham Kalbarindo turun tipis.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Erajaya", "Sarimas", "Kalbarindo");
    }

    @Test
    void aMarketOrAnIndexStaysWhatItIs() {
        List<Entity> entities = Entities.shipped().find("""
                Investor memburu saham Indonesia dan saham Asia pekan ini. Indeks saham Garuda ditutup melemah, \
                dan Indeks Harga Saham Gabungan turun.""");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .doesNotContain("Indonesia", "Asia", "Garuda", "Gabungan");
    }
}
