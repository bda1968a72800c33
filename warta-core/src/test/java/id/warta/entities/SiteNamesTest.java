package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented online-shopping news: a firm and its web address are one body. */
class SiteNamesTest {
    @Test
    void aFirmAndItsWebAddressAreOneBody() {
        List<Entity> entities = Entities.shipped().find("""
                Situs Dapurmart.com menjual kebutuhan pokok. Direktur Dapurmart Budi Santoso mengatakan Dapurmart kini \
                melayani seluruh Jawa. Menurut Budi, Dapurmart akan membuka gudang baru.""");
        List<Entity> firm = entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("Dapurmart"))).toList();
        assertThat(firm).hasSize(1);
        assertThat(firm.getFirst().type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
