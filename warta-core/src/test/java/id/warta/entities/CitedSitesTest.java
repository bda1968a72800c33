package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented health news: the site a report is taken from is a body, even one the tagger does not know. */
class CitedSitesTest {
    @Test
    void aSiteAfterACitingCueIsABody() {
        List<String> named = EntitiesRead.named("""
                Dikutip dari laman Daily Kale Digest, sayuran hijau baik bagi jantung. Dokter Rina Kusuma menyarankan \
                dua porsi sehari.""");
        assertThat(named).contains("Daily Kale Digest/ORGANIZATION", "Rina Kusuma/PERSON");
    }

    @Test
    void aCommonWordOrAWeekdayOpensNoSite() {
        List<String> named = EntitiesRead.named("""
                Data itu dikutip dari laman Rabu pagi oleh tim. Informasi dilansir dari situs Warisan Budaya milik \
                pemerintah, kata Budi Santoso.""");
        assertThat(named).noneMatch(n -> n.startsWith("Rabu") || n.startsWith("Warisan"));
    }

    @Test
    void aWebAddressInLowerCaseAfterACitingCueIsABody() {
        List<String> named = EntitiesRead.named("""
                Seperti dilansir dari laman sayurhijau.co.uk, bayam kaya zat besi. Daftar lengkapnya dikutip dari \
                topfakta.com pekan lalu, kata Budi Santoso.""");
        assertThat(named).contains("sayurhijau.co.uk/ORGANIZATION", "topfakta.com/ORGANIZATION", "Budi Santoso/PERSON");
    }

    @Test
    void aWebAddressWrittenWithCapitalsIsTheSiteWhole() {
        List<String> named = EntitiesRead.named("""
                Dilansir dari Kabar.co.uk, ramalan itu berasal dari seorang penulis blog. Data itu dikutip dari \
                SehatHarian.com pekan lalu, kata Budi Santoso. Kabar itu juga dikutip dari Warta.com.au.""");
        assertThat(named).contains("Kabar.co.uk/ORGANIZATION", "SehatHarian.com/ORGANIZATION", "Budi Santoso/PERSON",
                        "Warta.com.au/ORGANIZATION")
                .noneMatch(n -> n.startsWith("Kabar/") || n.startsWith("SehatHarian/"));
    }

    @Test
    void aWebAddressToVisitIsNoSource() {
        List<String> named = EntitiesRead.named("""
                Pendaftar dapat mengunjungi laman daftar.sekolahku.go.id sebelum Jumat, kata Budi Santoso.""");
        assertThat(named).noneMatch(n -> n.startsWith("daftar.sekolahku"));
    }

    @Test
    void aWebAddressRightAfterACitingVerbOrAfterKepadaIsABody() {
        List<String> named = EntitiesRead.named("""
                Dilansir sainsharian.com, bayam kaya zat besi. "Makan dua porsi," kata Budi Santoso kepada \
                kabarsehat.co.id, Senin.""");
        assertThat(named).contains("sainsharian.com/ORGANIZATION", "kabarsehat.co.id/ORGANIZATION", "Budi Santoso/PERSON");
    }

    @Test
    void theSiteAReprintFirstRanInIsABody() {
        List<String> named = EntitiesRead.named("""
                Tarif bus kota naik Rp 1.000 mulai Senin, kata Budi Santoso. Artikel ini telah tayang di \
                Kabarkota.co.id dengan judul "Tarif Bus Naik". Laporan lain terbit di Jakarta pekan lalu.""");
        assertThat(named).contains("Kabarkota.co.id/ORGANIZATION", "Budi Santoso/PERSON")
                .noneMatch(n -> n.startsWith("Kabarkota/"));
    }

    @Test
    void capitalisedWordsACommaClosesRightAfterACitingVerbAreTheSite() {
        List<String> named = EntitiesRead.named("""
                Melansir Oddworld Daily, seekor kucing di Ohio hidup hingga 30 tahun. Menurut dokter hewan Budi \
                Santoso, hal itu jarang terjadi. Dilansir dari Sains Populer pekan lalu, kucing rumahan hidup lebih lama.""");
        assertThat(named).contains("Oddworld Daily/ORGANIZATION", "Budi Santoso/PERSON");
    }
}
