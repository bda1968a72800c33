package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented trade news: a name opening with {@code Organisasi} is a body, whatever the tagger made of it. */
class OrganisationHeadTest {
    @Test
    void aNameOpeningWithOrganisasiIsABody() {
        List<Entity> entities = Entities.shipped().find("""
                Ekspor kopi ke negara-negara Organisasi Kerjasama Islam (OKI) naik tahun ini. Menurut Organisasi Petani \
                Kopi Nusantara, permintaan dari Timur Tengah terus tumbuh.""");
        assertThat(entities).filteredOn(e -> e.name().startsWith("Organisasi")).extracting(Entity::type)
                .isNotEmpty().containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void organisasiIsAHeadThatTypesTheName() {
        // the retyping the tagger's guess goes through (heads.tsv), whichever type it guessed
        assertThat(EntityLexicon.INSTANCE.openingHead(new String[] {"Organisasi", "Nelayan", "Selatan"}))
                .isEqualTo(EntityType.ORGANIZATION);
    }
}
