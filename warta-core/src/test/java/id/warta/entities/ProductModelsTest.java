package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import java.util.List;
import java.util.Set;
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
    void aModelLaunchedAsAllNewIsAProductTheMakerStays() {
        List<Entity> entities = Entities.shipped().find("""
                Yamaha Nusantara memperkenalkan All New Kirana Sport di Bandung. Harga All New Kirana dimulai \
                dari Rp 30 juta, kata Budi Santoso dari Yamaha Nusantara. Suzuki All New Rana juga dijual di sana.""");
        assertThat(entities).extracting(Entity::name).noneMatch(n -> n.contains("All New"));
    }

    @Test
    void aBareGenerationNumberIsAModelsOnlyWithATierAfterIt() {
        assertThat(ProductModels.isModel("Nova 15 Max")).isTrue();
        assertThat(ProductModels.isModel("Kirana 9 Pro Plus")).isTrue();
        assertThat(ProductModels.isModel("SMP Negeri 4")).isFalse();
        assertThat(ProductModels.isModel("Liga 1")).isFalse();
    }

    @Test
    void theModelGoesTheMakerStays() {
        List<Entity> entities = Entities.shipped().find("""
                Maskapai Garuda Nusantara menambah dua pesawat Airbus A321 tahun ini. Pesawat buatan Airbus itu \
                akan melayani rute Medan dan Batam.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("Airbus A321");
    }

    @Test
    void aBodysProductLineNamesNoPerson() {
        Set<String> bodyWords = Set.of("PT", "Petrona", "Indonesia");
        assertThat(ProductModels.isProductLine("Petrona Marin X5", bodyWords)).isTrue();
        assertThat(ProductModels.isProductLine("Petrona FlowGuard", bodyWords)).isTrue();
        assertThat(ProductModels.isProductLine("Petrona Siregar", bodyWords)).isFalse();
        assertThat(ProductModels.isProductLine("Scott McTavish", Set.of("Scott"))).isFalse();
        assertThat(ProductModels.isProductLine("Sinta FlowGuard", bodyWords)).isFalse();
    }

    @Test
    void theProductLineGoesThePeopleStay() {
        List<String> named = EntitiesRead.named("""
                PT Petrona Indonesia memperkenalkan pelumas Petrona Marin X5 di Jakarta, Rabu. Pelumas Petrona Marin \
                dijual di Bekasi. Layanan Petrona FlowGuard membantu pelanggan memilih pelumas, kata Direktur PT \
                Petrona Indonesia Sinta Dewanti.""");
        assertThat(named).contains("Sinta Dewanti/PERSON")
                .noneMatch(n -> n.startsWith("Petrona Marin") || n.startsWith("Petrona FlowGuard") || n.equals("Petrona/PERSON"));
    }
}
