package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented travel news: an airport named for a person, with "Internasional" between the head and the name, is a place. */
class InternationalAirportsTest {
    @Test
    void theNamesakeAfterInternasionalIsTheAirportsName() {
        String text = "Rombongan itu berangkat melalui Bandara Internasional I Gusti Ngurah Rai, Kabupaten Badung, "
                + "Kamis malam, lalu transit di Bandara Internasional Soekarno-Hatta, kata Rudi Hartono.";
        assertThat(named(text)).contains("Bandara Internasional I Gusti Ngurah Rai/PLACE", "Rudi Hartono/PERSON")
                .doesNotContain("I Gusti Ngurah Rai/PERSON", "Soekarno/PERSON");
    }
}
