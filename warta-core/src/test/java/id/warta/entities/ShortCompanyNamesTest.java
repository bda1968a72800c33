package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented banking news: a local bank named in full, then without its country, is one company; another bank stays. */
class ShortCompanyNamesTest {
    @Test
    void aBankNamedWithoutItsCountryIsTheSameBank() {
        List<Entity> entities = Entities.shipped().find("""
                PT Bank Sentosa Indonesia Tbk menargetkan merger rampung tahun ini. Direktur Utama Bank Sentosa, Hendra \
                Wijaya, mengatakan ekspansi bisnis Bank Sentosa akan lebih luas.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).containsExactly("PT Bank Sentosa Indonesia Tbk");
    }

    @Test
    void aBankWhoseNameGoesOnOtherwiseStaysApart() {
        List<Entity> entities = Entities.shipped().find("""
                PT Bank Sentosa Syariah Tbk menambah modal. Induknya, Bank Sentosa, menyetor Rp 1 triliun.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).contains("PT Bank Sentosa Syariah Tbk", "Bank Sentosa");
    }

    @Test
    void aListedFirmNamedAfterItsLocalCompanyIsThatCompany() {
        List<Entity> entities = Entities.shipped().find("""
                PT Freeport Indonesia menambah produksi konsentrat tahun ini. Juru bicara Freeport, Rina Susanti, \
                mengatakan pabrik baru sudah siap.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).containsExactly("PT Freeport Indonesia");
    }

    @Test
    void aListedFirmBesideItsSubsidiaryStaysApart() {
        List<Entity> entities = Entities.shipped().find("""
                PT Pertamina Patra Niaga menambah stok solar di Sumatera. Induknya, Pertamina, menyetor modal baru.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).contains("PT Pertamina Patra Niaga", "Pertamina");
    }
}
