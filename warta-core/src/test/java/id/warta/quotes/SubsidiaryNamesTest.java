package id.warta.quotes;

import static id.warta.quotes.QuotesTest.doc;
import static id.warta.quotes.QuotesTest.entity;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subsidiary named after its parent ({@code Pertamina Dwipa Niaga}) is a body: its last words are no person's name. */
class SubsidiaryNamesTest {

    @Test
    void aSubsidiarysWordsAfterItsParentsNameAreTheBodysNotAPersons() {
        Document d = doc("""
                PT Pertamina Dwipa Niaga menambah pasokan gas. Sekretaris Perusahaan PT Pertamina Dwipa Niaga, Hendrikus Wenda mengatakan stok aman. "Kami menambah dua juta tabung selama libur panjang," ujar Hendrikus. Pertamina Dwipa Niaga juga berkoordinasi dengan pemerintah daerah. "Kami mengimbau warga membeli gas di pangkalan resmi," tambahnya.
                """);
        List<Entity> entities = List.of(entity(d, "Hendrikus Wenda", EntityType.PERSON, "Hendrikus"),
                entity(d, "PT Pertamina Dwipa Niaga", EntityType.ORGANIZATION, "Pertamina Dwipa Niaga"));
        assertThat(Quotes.find(d, entities).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Hendrikus Wenda", "Hendrikus Wenda");
    }
}
