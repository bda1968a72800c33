package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented aviation and sports news: a maker's name closed by a model code is a product, an age group is no model. */
class ProductModelsTest {
    @Test
    void aModelCodeClosesAProductNotABody() {
        assertThat(ProductModels.isModel("Airbus A321")).isTrue();
        assertThat(ProductModels.isModel("Yamaha M1")).isTrue();
        assertThat(ProductModels.isModel("Timnas U22")).isFalse();
        assertThat(ProductModels.isModel("Timnas U-23")).isFalse();
        assertThat(ProductModels.isModel("Airbus")).isFalse();
        assertThat(ProductModels.isModel("Bank Nusantara")).isFalse();
    }

    @Test
    void aModelsTierMayCloseItButNoBodysWord() {
        assertThat(ProductModels.isModel("Kirana K7 EV")).isTrue();
        assertThat(ProductModels.isModel("Nova S12 Pro Max")).isTrue();
        assertThat(ProductModels.isModel("Tim Balap VR21 Racing")).isFalse();
        assertThat(ProductModels.isModel("SD Bhakti XII-2 Sleman")).isFalse();
        assertThat(ProductModels.isModel("Pro Max")).isFalse();
    }

    @Test
    void theModelGoesTheMakerStays() {
        List<Entity> entities = Entities.shipped().find("""
                Maskapai Garuda Nusantara menambah dua pesawat Airbus A321 tahun ini. Pesawat buatan Airbus itu \
                akan melayani rute Medan dan Batam.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("Airbus A321");
    }
}
