package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A price's moving average written MA, and the court's short form; texts written for this test. */
class MovingAveragesTest {
    @Test
    void aMovingAverageAfterAChartsLevelIsNoCourt() {
        assertThat(EntitiesRead.named("Saham itu ditutup di atas MA 20 harinya dengan volume yang menguat."))
                .noneMatch(n -> n.startsWith("Mahkamah Agung"));
        assertThat(EntitiesRead.named("Harga minyak bergerak di bawah garis MA 50 sepanjang pekan."))
                .noneMatch(n -> n.startsWith("Mahkamah Agung"));
    }

    @Test
    void theCourtsShortFormStays() {
        assertThat(EntitiesRead.named("Kasasi itu ditolak MA pada Senin, kata pengacara Budi Santoso."))
                .contains("Mahkamah Agung/ORGANIZATION");
    }
}
