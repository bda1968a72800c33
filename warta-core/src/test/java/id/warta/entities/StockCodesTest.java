package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented market news: a code the sentence calls a stock code names a security, not a body. */
class StockCodesTest {
    @Test
    void aCodeCalledAStockCodeIsNoOrganisation() {
        List<Entity> entities = Entities.shipped().find("""
                PT Bank Sentosa Raya menyiapkan kredit mikro. Bank dengan sandi saham BSRA ini akan menggunakan \
                strategi baru. Emiten berkode saham KRPA mencatat penjualan turun.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("BSRA", "KRPA");
    }
}
