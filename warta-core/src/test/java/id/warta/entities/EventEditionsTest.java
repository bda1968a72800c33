package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events written with their edition's year; sentences written for this test. */
class EventEditionsTest {
    private static Found at(String text, String name, int from) {
        int start = text.indexOf(name, from);
        return new Found(start, start + name.length(), EntityType.ORGANIZATION, "model");
    }

    @Test
    void aForumWrittenOnceWithItsYearIsAnEventEverywhere() {
        String text = "Yayasan Sehat Bersama menggelar Nusantara Health Forum 2026 di Bandung. Nusantara Health Forum dihadiri "
                + "ratusan peserta. Asia Business Forum menolak hadir.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Yayasan Sehat Bersama", 0), at(text, "Nusantara Health Forum", 0),
                at(text, "Nusantara Health Forum", 60), at(text, "Asia Business Forum", 0)));
        EventEditions.drop(text, found);
        assertThat(found).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("Yayasan Sehat Bersama", "Asia Business Forum");
    }

    @Test
    void aYearAfterABodyWithoutAnEventsWordOrAYearWithinANumberIsNoEdition() {
        String text = "Data Badan Pusat Statistik 2025 menunjukkan kenaikan. Asia Business Forum 20250 transaksi.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Badan Pusat Statistik", 0), at(text, "Asia Business Forum", 0)));
        EventEditions.drop(text, found);
        assertThat(found).hasSize(2);
    }
}
