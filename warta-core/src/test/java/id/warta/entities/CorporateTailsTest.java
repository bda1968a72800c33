package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A firm named in full with words saying it is a company, then by its short name, is one body; sentences written for this test. */
class CorporateTailsTest {
    @Test
    void theShortNameJoinsTheFullOne() {
        String text = "Raksasa teknologi asal China, Huawei Technologies Co Ltd, membantah tuduhan itu. Huawei menyebut "
                + "tudingan tersebut tidak berdasar. Sementara itu Kalimaya Holdings melaporkan laba naik. Kalimaya juga membuka kantor baru.";
        assertThat(named(text)).contains("Huawei Technologies Co Ltd/ORGANIZATION", "Kalimaya Holdings/ORGANIZATION")
                .doesNotContain("Huawei/ORGANIZATION", "Kalimaya/ORGANIZATION");
    }

    @Test
    void aGroupIsTheHoldingAboveTheFirm() {
        String text = "Maskapai Lion Air menambah rute baru. Induknya, Lion Air Group, juga memesan pesawat.";
        assertThat(named(text)).contains("Lion Air/ORGANIZATION", "Lion Air Group/ORGANIZATION");
    }

    @Test
    void initialsOfAPersonStayThePerson() {
        String text = "Pengusaha Hartono Sucipto, pendiri HS Corp, berbagi kiat. Menurut HS, bisnis dimulai dari keberanian. "
                + "\"Mulai saja dulu,\" kata HS.";
        assertThat(named(text)).contains("Hartono Sucipto/PERSON", "HS Corp/ORGANIZATION");
    }
}
