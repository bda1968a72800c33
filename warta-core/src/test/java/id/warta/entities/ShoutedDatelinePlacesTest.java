package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Dateline;
import id.warta.model.Document;
import id.warta.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sports news: a short town's name the dateline alone shouts is the town's name, not an acronym. */
class ShoutedDatelinePlacesTest {
    private static List<String> named(String dateline, String place, String text) {
        Document doc = new Document(null, null, null, null, null, null, null, null,
                new Dateline(dateline, place, "WARTARAYA.COM", null), text, null, List.of(), List.of(), List.of(), null, List.of());
        return Entities.shipped().find(doc).stream().map(Entity::name).toList();
    }

    @Test
    void aShortTownInTheDatelineAloneIsWrittenInTitleCase() {
        assertThat(named("WARTARAYA.COM, BAKU -", "Baku",
                "Pebalap muda itu finis kelima pada balapan akhir pekan lalu. Timnya puas dengan hasil itu."))
                .contains("Baku").doesNotContain("BAKU");
    }
}
