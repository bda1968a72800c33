package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented court news: one person written with a slipped letter, or with the given names as initials. */
class PersonSpellingsTest {
    @Test
    void aNameWithOneLetterSlippedIsThePersonAgain() {
        List<Entity> entities = Entities.shipped().find("""
                Hakim Bambang Suryanto Wibowo memimpin sidang di Pengadilan Negeri Semarang. Menurut jaksa, terdakwa \
                pernah bertemu dengan Bambang Suryato Wibowo sebelum sidang. Bambang Suryanto Wibowo membantah.""");
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Entity::name).containsExactly("Bambang Suryanto Wibowo");
        assertThat(people.getFirst().mentions()).extracting(Mention::text).contains("Bambang Suryato Wibowo");
    }

    @Test
    void oneWordWritingOnceALetterTheFullNameDoublesIsThePersonAgain() {
        List<Entity> entities = Entities.shipped().find("""
                Pembalap Ferry Santosa Wirawan finis kedua di seri ketiga kejuaraan reli di Palu, Minggu. Sehari \
                sebelumnya, Fery sempat gagal finis karena mesin mobilnya rusak. "Tim bekerja sampai malam," kata Ferry.""");
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Entity::name).containsExactly("Ferry Santosa Wirawan");
        assertThat(people.getFirst().mentions()).extracting(Mention::text).contains("Fery");
    }

    @Test
    void oneWordThatTwoFullNamesCouldBeStaysApart() {
        List<Entity> entities = Entities.shipped().find("""
                Pembalap Ferry Santosa Wirawan dan Ferry Adrianus Kolo finis di seri ketiga kejuaraan reli di Palu, \
                Minggu. Sehari sebelumnya, Fery sempat gagal finis karena mesin mobilnya rusak.""");
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Entity::name).contains("Ferry Santosa Wirawan", "Ferry Adrianus Kolo");
        assertThat(people.stream().filter(e -> e.name().startsWith("Ferry ")).flatMap(e -> e.mentions().stream()))
                .extracting(Mention::text).doesNotContain("Fery");
    }

    @Test
    void aNameWithTwoLettersSwappedIsThePersonAgain() {
        List<Entity> entities = Entities.shipped().find("""
                Menteri Keuangan Sri Handayani membuka rapat di Jakarta, Senin. "Anggaran harus dijaga," kata Sri Handyaani                 di kantornya. Sri Handayani lalu meninggalkan ruangan.""");
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Entity::name).containsExactly("Sri Handayani");
    }

    @Test
    void aSlipOfTheShortFormOfAListedPersonIsThePersonAgain() {
        List<Entity> entities = Entities.shipped().find("""
                Menteri Keuangan Sri Mulyani membuka rapat di Jakarta, Senin. "Anggaran harus dijaga," kata Sri Mulayni                 di kantornya. Sri Mulyani lalu meninggalkan ruangan.""");
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).hasSize(1);
        assertThat(people.getFirst().mentions()).extracting(Mention::text).contains("Sri Mulayni");
    }

    @Test
    void onATieTheSpellingTheNewsWritesFarMoreOftenNamesThePerson() {
        List<Entity> entities = Entities.shipped().find("""
                Kepala Desa Sukamaju Rahmat Praesetyo meresmikan jembatan baru, Kamis. Warga berterima kasih kepada \
                Rahmat Prasetyo karena jembatan itu memperpendek jalan ke pasar.""");
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Entity::name).containsExactly("Rahmat Prasetyo");
    }

    @Test
    void givenNamesAsInitialsAreThePersonInFull() {
        List<Entity> entities = Entities.shipped().find("""
                Pengacara Rudolf Hendrik Simanjuntak hadir di gedung pengadilan, Senin. Kuasa hukum terdakwa menyebut \
                RH Simanjuntak tidak pernah memberi uang kepada hakim.""");
        assertThat(entities).extracting(Entity::name).contains("Rudolf Hendrik Simanjuntak").doesNotContain("RH Simanjuntak");
    }

    @Test
    void aFinalVowelTurnedToIMayBeAnotherPerson() {
        assertThat(PersonSpellings.oneSlip("dewi kusuma wardana".split(" "), "dewi kusuma wardani".split(" "))).isFalse();
        assertThat(PersonSpellings.oneSlip("sergio ramos".split(" "), "sergio ramod".split(" "))).isTrue();
        assertThat(PersonSpellings.oneSlip("ali akbar".split(" "), "aly akbar".split(" "))).isFalse();
        assertThat(PersonSpellings.initialled("oc kaligis".split(" "), "otto cornelis kaligis".split(" "))).isTrue();
        assertThat(PersonSpellings.initialled("oc kaligis".split(" "), "otto kaligis".split(" "))).isFalse();
    }
}
