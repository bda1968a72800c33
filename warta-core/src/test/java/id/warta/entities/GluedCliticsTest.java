package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented party news: a name with a clitic glued on is the name the article writes without it. */
class GluedCliticsTest {
    private static final String TEXT = """
            Wakil Ketua Umum Partai Golkar Budi Santoso menyebut Rudi Hartono pernah menjadi kader Golkar. "Kalau beliau \
            ke Golkar, itu pulang ke rumah, karena dari Golkarlah beliau berasal," ujar Budi. Laporan Bank Mandiri keluar \
            pekan lalu. "Nah Bank Mandirinya belum menjawab," katanya.""";

    @Test
    void theCliticComesOffAndTheMentionJoinsTheName() {
        List<Entity> entities = Entities.shipped().find(TEXT);
        assertThat(entities).extracting(Entity::name).noneMatch(n -> n.endsWith("lah") || n.endsWith("nya"));
        Entity party = entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Golkar"))).findFirst().orElseThrow();
        assertThat(party.mentions()).extracting(Mention::start).contains(TEXT.indexOf("Golkarlah"));
        Entity bank = entities.stream().filter(e -> e.name().equals("Bank Mandiri")).findFirst().orElseThrow();
        assertThat(bank.mentions()).extracting(Mention::text).containsOnly("Bank Mandiri");
        assertThat(bank.mentions()).hasSize(2);
    }
}
