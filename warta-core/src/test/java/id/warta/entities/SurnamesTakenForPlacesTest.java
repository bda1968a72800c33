package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An invented practice report: riders' surnames after "dari" and after the particle "Di" are the riders, no places. */
class SurnamesTakenForPlacesTest {
    private static final String TEXT = "Sesi latihan di Sirkuit Mugello berjalan ketat. Hugo Bertrand dari Prancis mematahkan "
            + "dominasi Fabio Di Lorenzini yang memimpin sejak awal. Waktu terbaik Di Lorenzini unggul 0,3 detik dari "
            + "Bertrand. Di akhir sesi, Bertrand masih tertinggal dari Di Lorenzini.";

    @Test
    void theSurnamesJoinTheirRiders() {
        assertThat(EntitiesRead.named(TEXT)).contains("Fabio Di Lorenzini/PERSON", "Hugo Bertrand/PERSON", "Prancis/PLACE")
                .doesNotContain("Bertrand/PLACE", "Lorenzini/PLACE", "Fabio/PERSON");
    }

    @Test
    void aFirstNameReadAsAPlaceAfterTheFullNameIsThePerson() {
        String text = "Ruvina Hartawati menang mudah. Bermain di Nonthaburi, Thailand, Ruvina tampil tenang.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Ruvina Hartawati", EntityType.PERSON, 0),
                at(text, "Nonthaburi", EntityType.PLACE, 0), at(text, "Thailand", EntityType.PLACE, 0),
                at(text, "Ruvina", EntityType.PLACE, 20)));
        new SurnamesTakenForPlaces(Entities.shippedModel(), Places.shipped()).retype(text, found);
        assertThat(found.get(3).type()).isEqualTo(EntityType.PERSON);
        assertThat(found.get(1).type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aFirstNameReadAsAPlaceBeforeThePersonIsNamedStaysAsRead() {
        String text = "Di Ruvina warga berkumpul. Ruvina Hartawati lalu datang.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Ruvina", EntityType.PLACE, 0),
                at(text, "Ruvina Hartawati", EntityType.PERSON, 10)));
        new SurnamesTakenForPlaces(Entities.shippedModel(), Places.shipped()).retype(text, found);
        assertThat(found.getFirst().type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aFullNameReadAsAPlaceIsThePersonTheArticleCallsByTheSurname() {
        String text = "Pameran dibuka seniman Stuart Wickle dan kurator Lisa Harmond. Karya ini mengajak kita berpikir, "
                + "kata Wickle kepada wartawan.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Stuart Wickle", EntityType.PLACE, 0),
                at(text, "Lisa Harmond", EntityType.PERSON, 0), at(text, "Wickle", EntityType.PERSON, 40)));
        new SurnamesTakenForPlaces(Entities.shippedModel(), Places.shipped()).retype(text, found);
        assertThat(found.getFirst().type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPlaceWhoseLastWordIsAPlaceStaysAPlace() {
        String text = "Warga Kampung Bandung berkumpul. Kata Bandung, tokoh desa, semua aman.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Kampung Bandung", EntityType.PLACE, 0),
                at(text, "Bandung", EntityType.PERSON, 20)));
        new SurnamesTakenForPlaces(Entities.shippedModel(), Places.shipped()).retype(text, found);
        assertThat(found.getFirst().type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aParticleSurnameAloneInsideASentenceIsAPerson() {
        String text = "Menariknya, Di Lorenzini, Bertrand, dan Hugo Marchetti sempat tercepat. Kabar itu dibocorkan wartawan "
                + "asal Italia, Gianluca Di Verzano. Marchetti dan Di Lorenzini lalu terjatuh.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Lorenzini", EntityType.PLACE, 0),
                at(text, "Hugo Marchetti", EntityType.PERSON, 0), at(text, "Verzano", EntityType.PLACE, 0),
                at(text, "Lorenzini", EntityType.PLACE, 100)));
        new SurnamesTakenForPlaces(Entities.shippedModel(), Places.shipped()).retype(text, found);
        assertThat(found).extracting(f -> f.textIn(text) + "/" + f.type()).containsExactly("Di Lorenzini/PERSON",
                "Hugo Marchetti/PERSON", "Gianluca Di Verzano/PERSON", "Di Lorenzini/PERSON");
    }

    @Test
    void aLocativeWrittenWithItsCapitalStaysAPlace() {
        String text = "Timnya bersiap. \"Di Lorenzini kami belum menang,\" ujarnya. Sementara di sektor putri, Di UPH menang, "
                + "dan dari Beograd, Di Serbia, kabar lain datang.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Lorenzini", EntityType.PLACE, 0),
                at(text, "UPH", EntityType.PLACE, 0), at(text, "Serbia", EntityType.PLACE, 0)));
        new SurnamesTakenForPlaces(Entities.shippedModel(), Places.shipped()).retype(text, found);
        assertThat(found).extracting(Found::type).containsOnly(EntityType.PLACE);
    }

    private static Found at(String text, String name, EntityType type, int from) {
        int start = text.indexOf(name, from);
        return new Found(start, start + name.length(), type, "model");
    }
}
