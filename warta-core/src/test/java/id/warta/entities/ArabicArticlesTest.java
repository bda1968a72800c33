package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented news: the Arabic article glued by a hyphen opens one name with the word after it. */
class ArabicArticlesTest {
    @Test
    void articleOpensTheName() {
        assertThat(EntitiesRead.named("""
                Ustaz Hamdan Al-Farisi memimpin pengajian di Masjid As-Salamah, Bekasi. "Kami berharap jemaah hadir," \
                kata Al-Makmuri kepada wartawan. Pasukan itu kini menguasai kota El-Darum di utara."""))
                .noneMatch(n -> n.startsWith("Makmuri/") || n.startsWith("Al/") || n.startsWith("Darum/")
                        || n.startsWith("El/") || n.startsWith("Farisi/"))
                .anyMatch(n -> n.startsWith("Al-Makmuri/") || n.startsWith("Hamdan Al-Farisi/"));
    }
}
