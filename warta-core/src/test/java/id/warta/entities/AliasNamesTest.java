package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented police news: the name after "alias" (or after "atau", sharing a word) is the person's other name. */
class AliasNamesTest {
    @Test
    void theNameAfterAliasIsThePersonBeforeIt() {
        List<Entity> entities = Entities.shipped().find("""
                Polisi menangkap Hendra Saputra alias Ucok di rumahnya di Bekasi. Kapolsek Tambun AKP Rudi Hartono \
                mengatakan Ucok sudah lama menjadi buronan. Ucok mengaku menyesal.""");
        Entity hendra = entities.stream().filter(e -> e.name().equals("Hendra Saputra")).findFirst().orElseThrow();
        assertThat(hendra.type()).isEqualTo(EntityType.PERSON);
        assertThat(hendra.mentions()).extracting(Mention::text).contains("Ucok");
        assertThat(entities).extracting(Entity::name).doesNotContain("Ucok");
    }

    @Test
    void anAgeMayStandBetween() {
        List<Entity> entities = Entities.shipped().find("""
                Warga bernama Agus Setiawan (34) alias Bento ditahan di Polres Bogor. Menurut polisi, Bento \
                menjual barang curian itu ke pasar.""");
        assertThat(entities).extracting(Entity::name).contains("Agus Setiawan").doesNotContain("Bento");
    }

    @Test
    void aWordOfTheOtherNameIsThePersonToo() {
        List<Entity> entities = Entities.shipped().find("""
                Mantan pejabat Kementerian Perdagangan, Yohanes Baskoro Sitompul alias Joni Sitompul, divonis empat tahun \
                penjara. Kuasa hukum Joni Sitompul menyatakan banding. Menurut Joni, putusan itu tidak adil.""");
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Entity::name).containsExactly("Yohanes Baskoro Sitompul");
    }

    @Test
    void aNameAfterAtauSharingAWordIsThePersonsOtherName() {
        List<Entity> entities = Entities.shipped().find("""
                Pelawak senior Bambang Eko Sulistyo atau Eko Gondrong dinonaktifkan partainya. Eko Gondrong belum \
                menanggapi keputusan itu.""");
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Entity::name).containsExactly("Bambang Eko Sulistyo");
    }

    @Test
    void twoPeopleJoinedByAtauStayTwo() {
        List<Entity> entities = Entities.shipped().find("""
                Gelar juara bisa jatuh ke Danilo Ferreira atau Marco Bellini. Pelatih menyebut Danilo Ferreira lebih \
                siap, sedangkan Marco Bellini masih cedera. Takhta bisa diwarisi Pangeran Arya atau Pangeran Wirya.""");
        assertThat(entities.stream().filter(e -> e.type() == EntityType.PERSON)).extracting(Entity::name)
                .contains("Danilo Ferreira", "Marco Bellini");
        assertThat(entities.stream().filter(e -> e.name().contains("Wirya"))).isNotEmpty();
    }
}
