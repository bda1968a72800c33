package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented bank news: a listed short form after its body's head word names the listed body. */
class HeadedAliasesTest {
    private static final String TEXT = """
            PT Bank Negara Indonesia Tbk (BNI) menyiapkan kredit usaha rakyat sebesar Rp 3 triliun tahun ini. Menurut \
            Bank BNI, penyaluran kredit akan naik. Bank BRI juga menyiapkan kredit serupa untuk petani di Sleman.""";

    private static final List<Entity> ENTITIES = Entities.shipped().find(TEXT);

    @Test
    void theHeadWordAndAListedShortFormNameTheListedBody() {
        assertThat(ENTITIES).extracting(Entity::name).doesNotContain("Bank BNI", "Bank BRI");
        Entity bni = ENTITIES.stream().filter(e -> e.name().equals("Bank Negara Indonesia")).findFirst().orElseThrow();
        assertThat(bni.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(bni.mentions()).extracting(Mention::text).contains("Bank BNI");
        assertThat(ENTITIES).filteredOn(e -> e.name().equals("Bank Rakyat Indonesia")).hasSize(1);
    }

    @Test
    void anotherWordBeforeTheShortFormIsNoHead() {
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        assertThat(HeadedAliases.of("Bank BNI", lexicon).canonical()).isEqualTo("Bank Negara Indonesia");
        assertThat(HeadedAliases.of("Kantor BNI", lexicon)).isNull();
        assertThat(HeadedAliases.of("BNI", lexicon)).isNull();
        assertThat(HeadedAliases.of("Bank BNI Syariah", lexicon)).isNull();
    }
}
