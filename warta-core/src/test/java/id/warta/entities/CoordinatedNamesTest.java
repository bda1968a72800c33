package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented weather news: a list of places holds no person, even a misspelt town's name. */
class CoordinatedNamesTest {
    @Test
    void oneWordReadAsAPersonsAmongPlacesIsAPlace() {
        List<String> named = EntitiesRead.named("""
                Hujan lebat diperkirakan turun di Medan, Padang, Jambi, Palu, dan Manokwarri pada Kamis. Prakiraan \
                itu disampaikan prakirawan Dewi Lestari.""");
        assertThat(named).contains("Dewi Lestari/PERSON").noneMatch(n -> n.startsWith("Manokwarri/PERSON"));
    }

    @Test
    void aPersonsFullNameInAListStaysAPerson() {
        List<String> named = EntitiesRead.named("""
                Rombongan itu singgah di Medan, Padang, Jambi, dan Budi Santoso menyambut mereka di bandara.""");
        assertThat(named).contains("Budi Santoso/PERSON");
    }
}
