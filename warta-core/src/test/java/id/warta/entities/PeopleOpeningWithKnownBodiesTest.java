package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented business and sports news: an office, a body's short name, then its holder's full name. */
class PeopleOpeningWithKnownBodiesTest {
    @Test
    void aBodysShortNameAfterATitleIsNoPartOfThePerson() {
        List<String> named = EntitiesRead.named("""
                PT Sarimaju membuka kantor baru di Medan. Direktur Utama Sarimaju Handoko Wirasetya \
                mengatakan kantor itu dibuka Senin. Sarimaju kini melayani 40.000 pelanggan.""");
        assertThat(named).contains("Handoko Wirasetya/PERSON").noneMatch(n -> n.startsWith("Sarimaju Handoko"));
    }

    @Test
    void aBodyAfterItsLegalFormAndATitleIsNoPartOfThePerson() {
        String text = "Perum Sarimaju menyerap gabah. Direktur Pengadaan Perum Sarimaju Handoko Wirasetya berbicara.";
        int person = text.indexOf("Sarimaju Handoko");
        int title = text.indexOf("Perum Sarimaju Handoko");
        List<Found> found = List.of(new Found(0, 14, EntityType.ORGANIZATION, "model"),
                new Found(person, person + "Sarimaju Handoko Wirasetya".length(), EntityType.PERSON, "model"));
        List<Found> split = PeopleOpeningWithKnownBodies.split(text, found, at -> at == title);
        assertThat(split).extracting(f -> f.textIn(text) + "/" + f.type())
                .containsExactly("Perum Sarimaju/ORGANIZATION", "Sarimaju/ORGANIZATION", "Handoko Wirasetya/PERSON");
    }

    @Test
    void aShortFormTheArticleDefinesBeforeAHolderIsTheBody() {
        List<String> named = EntitiesRead.named("""
                Asosiasi Pedagang Kopi Nusantara (Apekna) menolak kenaikan tarif. Ketua Umum Apekna Rudianto Wibisono \
                mengatakan Apekna akan menemui menteri.""");
        assertThat(named).contains("Rudianto Wibisono/PERSON").noneMatch(n -> n.startsWith("Apekna Rudianto"));
    }

    @Test
    void aGivenNameOnceTakenForABodyStaysWithoutATitle() {
        List<String> named = EntitiesRead.named("""
                Pebulu tangkis Melati Ayu Rindani menang di final. Kemenangan itu membuat Melati senang. \
                Penonton bersorak untuk Melati Ayu Rindani di Istora.""");
        assertThat(named).noneMatch(n -> n.equals("Ayu Rindani/PERSON"));
    }
}
