package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity rules found on the seventh held-out entity batch; every text here is invented. */
class HeldOutEntitiesSevenTest {
    private static List<Entity> find(String text) {
        return Entities.shipped().find(text);
    }

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void aBodyRunIntoTheNameOfAPersonTheArticleNamesElsewhereIsSplit() {
        List<Entity> found = find("""
                Majelis Kehormatan Rakyat (MKR) memeriksa juru sita Pengadilan Negeri Bogor. Ketua Sidang MKR Sutrisno \
                membacakan putusan pada Senin. "Kami sudah memeriksa semua bukti yang ada," kata Hakim Agung Sutrisno. \
                Juru sita PN Bogor Haryanto diberhentikan. Haryanto Wibisono belum menanggapi putusan itu.""");
        assertThat(names(found, EntityType.ORGANIZATION)).doesNotContain("MKR Sutrisno", "PN Bogor Haryanto")
                .contains("Majelis Kehormatan Rakyat");
        assertThat(names(found, EntityType.PERSON)).contains("Sutrisno", "Haryanto Wibisono");
    }

    @Test
    void aBodysLastWordNoPersonBearsStaysInTheBody() {
        List<Entity> found = find("""
                Bank Pembangunan Daerah (BPD) Bali mencatat laba naik. Direktur BPD Bali Made Santika mengatakan \
                kredit tumbuh. Gubernur Bali Wayan Koster menyambut baik.""");
        assertThat(names(found, EntityType.ORGANIZATION)).anyMatch(n -> n.contains("Bali"));
    }

    @Test
    void anOutletsWrittenFormsAreOneOrganisation() {
        List<Entity> found = find("""
                Wali Kota Sukamaju Joko Pranoto mengatakan kepada TRIBUNNEWS.COM bahwa proyek itu selesai. Menurut \
                pantauan Tribun, jalan sudah dibuka. Hal itu disampaikan Joko kepada Tribunnews di balai kota.""");
        assertThat(found.stream().filter(e -> e.type() == EntityType.ORGANIZATION
                && e.name().toLowerCase(java.util.Locale.ROOT).startsWith("tribun"))).hasSize(1);
    }

    @Test
    void seniorAfterARoleIsTheTitlesNotTheBodys() {
        List<Entity> found = find("""
                Analis Senior Mandala Sekuritas Rudi Hartono mengatakan pasar saham masih tertekan pekan ini.""");
        assertThat(names(found, EntityType.ORGANIZATION)).contains("Mandala Sekuritas").doesNotContain("Senior Mandala Sekuritas");
    }

    @Test
    void aCommitteeNamedHeadFirstIsAnOrganisation() {
        List<Entity> found = find("""
                Panitia Seleksi Calon Pimpinan Komisi Yudisial menggelar wawancara terbuka di Jakarta pada Senin. Hasil \
                seleksi itu akan diumumkan pekan depan.""");
        assertThat(names(found, EntityType.ORGANIZATION)).contains("Panitia Seleksi Calon Pimpinan Komisi Yudisial");
    }

    @Test
    void proceduresGoalsAndProgrammesNameNoOne() {
        List<Entity> found = find("""
                Kementerian Sosial menyebut siswa Sekolah Rakyat belajar sesuai SOP yang berlaku. Program itu \
                mendukung pencapaian Sustainable Development Goals (SDGs) di daerah.""");
        assertThat(found).extracting(Entity::name)
                .doesNotContain("Sekolah Rakyat", "SOP", "Sustainable Development Goals", "SDGs")
                .contains("Kementerian Sosial");
    }

    @Test
    void capitalsGivenAsAPersonsInitialsNameNoBody() {
        List<Entity> found = find("""
                Komisi Yudisial memberhentikan seorang hakim berinisial TR di Pengadilan Tinggi Kendari. Terlapor TR \
                terbukti menerima suap. Menurut majelis, TR juga meminjam uang kepada pelapor.""");
        assertThat(names(found, EntityType.ORGANIZATION)).doesNotContain("TR").contains("Komisi Yudisial");
    }
}
