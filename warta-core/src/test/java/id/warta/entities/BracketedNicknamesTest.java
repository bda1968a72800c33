package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented texts: a form of address and a name in brackets after a person's name is the name the person goes by. */
class BracketedNicknamesTest {
    private static List<String> people(String text) {
        return Entities.shipped().find(text).stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    }

    @Test
    void aHonorificNicknameIsThePersonBeforeIt() {
        String text = """
                Menteri Koperasi Bambang Wiratmoko (Gus Tomo) meresmikan koperasi nelayan di Tuban. Menurut Gus Tomo, \
                koperasi itu akan menampung hasil tangkapan warga. Tomo juga berjanji kembali tahun depan.""";
        assertThat(people(text)).containsExactly("Bambang Wiratmoko");
        assertThat(EntitiesRead.mentions(text, "Bambang Wiratmoko")).contains("Tomo");
    }

    @Test
    void aRegionalFormOfAddressToo() {
        String text = """
                Ketua partai itu, Abdul Rahman Hakim (Cak Arman), hadir di Surabaya. Cak Arman mengatakan partainya \
                siap berkoalisi.""";
        assertThat(people(text)).containsExactly("Abdul Rahman Hakim");
    }

    @Test
    void aBracketedPartyIsNoNickname() {
        String text = """
                Anggota dewan Rudi Santoso (Partai Demokrat) dan Siti Aminah (Gerindra) menolak rencana itu.""";
        assertThat(people(text)).containsExactly("Rudi Santoso", "Siti Aminah");
    }

    @Test
    void aNicknameAfterAtauIsThePersonBeforeIt() {
        String text = """
                Menteri Perikanan Sutarjo Wibisono atau Gus Jarwo meninjau pelabuhan di Lamongan. "Kami akan menambah \
                kapal pengawas tahun ini," ujar Gus Jarwo.""";
        assertThat(people(text)).containsExactly("Sutarjo Wibisono");
        assertThat(EntitiesRead.mentions(text, "Sutarjo Wibisono")).contains("Jarwo");
    }

    @Test
    void aFullNameAfterAtauIsSomebodyElse() {
        String text = """
                Pertanyaan itu bisa diajukan kepada Rudi Hartanto atau Pak Wahyu Setiadi di kantor desa.""";
        assertThat(people(text)).containsExactly("Rudi Hartanto", "Wahyu Setiadi");
    }
}
