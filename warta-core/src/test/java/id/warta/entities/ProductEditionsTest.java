package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented product and summit news: a product's edition and a summit name no body; the maker and the bloc stay. */
class ProductEditionsTest {
    @Test
    void anEditionIsAProduct() {
        List<Entity> entities = Entities.shipped().find("""
                Produsen ponsel Nusaphone merilis Aurora 7 Limited Edition di Jakarta. Aurora 7 Collector Edition juga \
                dijual terbatas, sementara Nusaphone menyiapkan Deluxe Edition untuk pasar Asia.""");
        assertThat(entities).filteredOn(e -> e.type() != EntityType.PLACE).extracting(Entity::name)
                .noneMatch(n -> n.contains("Edition") || n.startsWith("Aurora"));
    }

    @Test
    void aSummitIsNoBody() {
        List<Entity> entities = Entities.shipped().find("""
                Presiden tiba di Kuala Lumpur untuk menghadiri KTT ASEAN. Para pemimpin ASEAN akan membahas perdagangan.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("KTT ASEAN").contains("ASEAN");
    }
}
