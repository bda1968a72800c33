package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.language.Tokenizer;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented travel notes: an airport named for a person whose name the tagger cut after its first word. */
class PeopleAfterHeadsTest {
    @Test
    void aPersonAnAirportIsNamedForCutAfterItsFirstWordIsStillPartOfThePlace() {
        String text = "Rombongan mendarat di Bandara Amir Fadlan bin Rasyid Tabuk, Senin. Warga menyambut mereka.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Bandara Amir", EntityType.PLACE),
                at(text, "Fadlan bin Rasyid Tabuk", EntityType.PERSON)));
        PeopleAfterHeads.retype(Entities.sentences(text, Tokenizer.tokenize(text)), found, EntityLexicon.INSTANCE);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.textIn(text)).isEqualTo("Bandara Amir Fadlan bin Rasyid Tabuk");
            assertThat(f.type()).isEqualTo(EntityType.PLACE);
        });
    }

    @Test
    void theHolderOfATitleEndingBeforeThePlaceStaysAPerson() {
        String text = "Kepala Bagian Umum Bandara Kualanamu Rudi Hartawan meminta maaf, Senin.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Bandara Kualanamu", EntityType.PLACE),
                at(text, "Rudi Hartawan", EntityType.PERSON)));
        PeopleAfterHeads.retype(Entities.sentences(text, Tokenizer.tokenize(text)), found, EntityLexicon.INSTANCE);
        assertThat(found).extracting(f -> f.textIn(text)).containsExactly("Bandara Kualanamu", "Rudi Hartawan");
    }

    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }
}
