package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name opening with a form of address written in capitals is a person's; sentences written for this test. */
class CourtHonorificsTest {
    @Test
    void aCourtTitleInCapitalsOpensAPersonsName() {
        String text = "Putra Mahkota, KGPAA Mangkunegoro, naik takhta. Kakaknya, GKR Sekar Kedaton, dan adiknya KGPH Puruboyo hadir. "
                + "Maha Menteri KGPA Tejokusumo ditunjuk sebagai pelaksana tugas. \"Semua berjalan baik,\" kata Tejokusumo.";
        assertThat(named(text)).contains("Mangkunegoro/PERSON", "Sekar Kedaton/PERSON", "Puruboyo/PERSON", "Tejokusumo/PERSON")
                .noneMatch(n -> n.endsWith("/ORGANIZATION"));
    }

    @Test
    void anAcademicTitleInCapitalsOpensOtherNamesToo() {
        assertThat(named("Tim nasional DR Kongo menang 2-0 atas Zambia di Kinshasa.")).noneMatch(n -> n.equals("Kongo/PERSON"));
    }
}
