package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented police news: the national police's headquarters is a body of its own, written out, even after "di". */
class HeadquartersTest {
    @Test
    void thePolicesHeadquartersIsABody() {
        assertThat(EntitiesRead.named("""
                "Kasus itu masih kami dalami," ujar Brigjen Arif Santoso di Mabes Polri, Jakarta, Senin (3/3/2025)."""))
                .contains("Markas Besar Kepolisian Negara Republik Indonesia/ORGANIZATION")
                .noneMatch(n -> n.equals("Mabes Polri/PLACE"));
    }
}
