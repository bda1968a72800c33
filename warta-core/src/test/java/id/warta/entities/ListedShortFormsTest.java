package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented election news: a body written out its own way before its listed short form is the listed body. */
class ListedShortFormsTest {
    @Test
    void aBodyWrittenOutBeforeItsListedShortFormIsTheListedBody() {
        List<Entity> entities = Entities.shipped().find("""
                Badan Pengawas Pemilu (Bawaslu) menerima tiga laporan pelanggaran kampanye. Menurut \
                Badan Pengawas Pemilu, laporan itu akan diperiksa pekan depan. Bawaslu juga memanggil dua saksi.""");
        assertThat(entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION && e.name().startsWith("Badan Pengawas")))
                .hasSize(1);
    }

    @Test
    void aShortFormFitsOnlyTheNameItsLettersOpen() {
        assertThat(ListedShortForms.fits("Bawaslu", "Badan Pengawas Pemilu")).isTrue();
        assertThat(ListedShortForms.fits("LPS", "Lembaga Penjaminan Simpanan")).isTrue();
        assertThat(ListedShortForms.fits("PBB", "Dewan Keamanan Perserikatan Bangsa-Bangsa")).isFalse();
        assertThat(ListedShortForms.fits("PSI", "Fraksi Partai Solidaritas Indonesia")).isFalse();
    }

    @Test
    void anotherBodyGivenAListedShortFormStaysItself() {
        List<Entity> entities = Entities.shipped().find("""
                Persatuan Gulat Indonesia (PGI) menggelar kejuaraan di Bali. Menurut Persatuan Gulat Indonesia, \
                kejuaraan diikuti 40 tim.""");
        assertThat(entities).extracting(Entity::name).contains("Persatuan Gulat Indonesia");
        assertThat(ListedShortForms.shareAWord("badan tim nasional", "bank tabungan negara")).isFalse();
        assertThat(ListedShortForms.shareAWord("badan pengawas pemilu", "badan pengawas pemilihan umum")).isTrue();
        assertThat(ListedShortForms.shareAWord("persatuan gereja di papua", "persekutuan gereja gereja di indonesia")).isTrue();
    }
}
