package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented market news: a task force named by its short head is a body, up to the person after it. */
class TaskForcesTest {
    @Test
    void aTaskForceOpeningWithSatgasIsABody() {
        List<String> named = EntitiesRead.named("""
                Satgas Pangan memeriksa harga cabai di Pasar Legi, Senin. Ketua Satgas Pengawasan Pupuk Kabupaten \
                Ngawi, Bambang Sulistyo, mengatakan stok aman. Satgasus Pencegahan Korupsi Polri ikut memantau.""");
        assertThat(named).contains("Satgas Pangan/ORGANIZATION", "Satgasus Pencegahan Korupsi Polri/ORGANIZATION")
                .anyMatch(n -> n.startsWith("Satgas Pengawasan Pupuk") && n.endsWith("/ORGANIZATION"))
                .contains("Bambang Sulistyo/PERSON");
    }
}
