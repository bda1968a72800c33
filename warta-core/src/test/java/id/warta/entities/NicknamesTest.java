package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NicknamesTest {
    private static final String TEXT = "Kepala desa Suryadi Wiranata meresmikan pasar. Pria yang juga akrab disapa Pak Suryo itu "
            + "berharap pasar ramai. Warga yang biasa dipanggil dengan nama Ucok ikut hadir.";

    @Test
    void theNameOpensAfterTheAdverbsTheVerbAndTheFillers() {
        List<Nicknames.Given> given = Nicknames.in(TEXT);
        assertThat(given).extracting(g -> TEXT.substring(g.nameAt(), g.nameAt() + 3)).containsExactly("Pak", "Uco");
        assertThat(given).extracting(g -> TEXT.substring(g.verbAt(), g.verbAt() + 6)).containsExactly("disapa", "dipang");
    }

    @Test
    void aFormOfAddressMayStandBeforeTheNameTheTaggerFound() {
        List<Nicknames.Given> given = Nicknames.in(TEXT);
        assertThat(Nicknames.opensAt(given, TEXT, TEXT.indexOf("Pak Suryo"))).isTrue();
        assertThat(Nicknames.opensAt(given, TEXT, TEXT.indexOf("Suryo itu"))).isTrue();
        assertThat(Nicknames.opensAt(given, TEXT, TEXT.indexOf("berharap"))).isFalse();
    }

    @Test
    void theNameIsGivenToThePersonNamedLastBeforeItsPhrase() {
        int at = TEXT.indexOf("Suryadi");
        Entity suryadi = new Entity("Suryadi Wiranata", EntityType.PERSON,
                List.of(new Mention("Suryadi Wiranata", at, at + 16, "name")), List.of(), null);
        int pasar = TEXT.indexOf("pasar");
        Entity market = new Entity("pasar", EntityType.PLACE, List.of(new Mention("pasar", pasar, pasar + 5, "name")), List.of(), null);
        List<Nicknames.GivenTo> given = Nicknames.givenTo(TEXT, List.of(market, suryadi));
        assertThat(given).extracting(g -> g.person().name()).containsExactly("Suryadi Wiranata", "Suryadi Wiranata");
        assertThat(given).extracting(Nicknames.GivenTo::nameAt).containsExactly(TEXT.indexOf("Pak Suryo"), TEXT.indexOf("Ucok"));
    }

    @Test
    void aNameGivenFarFromAnyMentionIsThePersonsWhoseNameItBegins() {
        String text = "Pelari Kurniasih Dewanti mengaku masih harus memperbaiki start. " + "Latihan start diulang setiap pagi. ".repeat(10)
                + "Pelatihnya, Budi Santoso, ikut menonton. " + "Hasilnya mulai terlihat pada uji coba. ".repeat(8)
                + "\"Start saya masih lambat,\" ujar perempuan yang akrab disapa Kurni tersebut.";
        Entity kurniasih = person("Kurniasih Dewanti", text);
        Entity budi = person("Budi Santoso", text);
        assertThat(Nicknames.givenTo(text, List.of(kurniasih, budi))).singleElement()
                .satisfies(g -> assertThat(g.person().name()).isEqualTo("Kurniasih Dewanti"));
        // two people whose names it begins: no one's
        Entity kurnia = person("Kurnia Sari", text.replace("Budi Santoso", "Kurnia Sari"));
        String both = text.replace("Budi Santoso", "Kurnia Sari");
        assertThat(Nicknames.givenTo(both, List.of(person("Kurniasih Dewanti", both), kurnia))).isEmpty();
    }

    private static Entity person(String name, String text) {
        int at = text.indexOf(name);
        return new Entity(name, EntityType.PERSON, List.of(new Mention(name, at, at + name.length(), "name")), List.of(), null);
    }

    @Test
    void aCallingPhraseWithNyaPointsBackFromTheNameBeforeIt() {
        String text = "Bergabungnya Bang Jali sapaan akrabnya itu disambut. Ucok, panggilan karibnya, hadir. Abe, sapaan akrab putra Budi, datang.";
        assertThat(Nicknames.calledBackAt(text, text.indexOf(" sapaan akrabnya"))).isTrue();
        assertThat(Nicknames.calledBackAt(text, text.indexOf(", panggilan karibnya"))).isTrue();
        assertThat(Nicknames.calledBackAt(text, text.indexOf(", sapaan akrab putra"))).isFalse(); // the person comes after
    }

    @Test
    void demikianOrBegituMayOpenTheCallingPhrase() {
        String text = "Tono, demikian sapaan akrabnya, hadir. Ucok, begitu panggilan karibnya, datang. Abe, demikian kata dia.";
        assertThat(Nicknames.calledBackAt(text, text.indexOf(", demikian sapaan"))).isTrue();
        assertThat(Nicknames.calledBackAt(text, text.indexOf(", begitu panggilan"))).isTrue();
        assertThat(Nicknames.calledBackAt(text, text.indexOf(", demikian kata"))).isFalse(); // no calling word
    }

    @Test
    void theCallingWordIsReadInAnyCaseAfterACommaOrSpacesOnly() {
        String text = "Kembalinya Mas Tono,\tSapaan akrabnya, disambut. Mas Tono. sapaan akrabnya. Mas Tono sapaannya.";
        assertThat(Nicknames.calledBackAt(text, text.indexOf(",\tSapaan"))).isTrue();
        assertThat(Nicknames.calledBackAt(text, text.indexOf(". sapaan"))).isFalse(); // a full stop between
        assertThat(Nicknames.calledBackAt(text, text.indexOf(" sapaannya"))).isFalse(); // no familiar word after it
        assertThat(Nicknames.calledBackAt(text, text.length())).isFalse();
    }

    @Test
    void aNicknameBeforeSapaanAkrabnyaIsThePersonNamedBefore() {
        List<Entity> entities = Entities.shipped().find("""
                Politikus senior Hartono Wijayakusuma kembali bergabung ke partai lamanya. Kembalinya Pakde Harto \
                sapaan akrabnya itu disambut hangat oleh para kader di daerah.""");
        assertThat(entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList())
                .containsExactly("Hartono Wijayakusuma");
    }

    @Test
    void aNicknameGoesToTheNameItShortensRatherThanTheLastNamed() {
        List<Entity> entities = Entities.shipped().find("""
                "Semua unggulan tetap sama," ujar Ketua Panitia, Sutarjono Wibisana. Pada nomor tunggal putra, Rendra \
                Kusumajaya menjadi kandidat kuat juara. "Persaingan tetap sengit," lanjut Sutar, sapaan akrabnya.""");
        Entity chair = entities.stream().filter(e -> e.name().equals("Sutarjono Wibisana")).findFirst().orElseThrow();
        assertThat(chair.mentions()).extracting(Mention::text).contains("Sutar");
    }
}
