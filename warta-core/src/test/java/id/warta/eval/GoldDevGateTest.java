package id.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.Warta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality gate: the gold-dev figures may not fall below the floors pinned in gold-dev.floors.tsv. */
class GoldDevGateTest {
    static Path gold;
    static GoldScore score;
    static Map<String, Double> floors;

    @BeforeAll
    static void scoreGoldDev() throws IOException {
        Optional<Path> dir = SharedData.resolve("data/gold-dev");
        assumeTrue(dir.isPresent(), "../shared/data/gold-dev is not here");
        gold = dir.get();
        floors = readFloors();
        score = GoldEval.run(gold, Warta.pipeline());
    }

    @Test
    void scoresTheSameArticlesTheFloorsWerePinnedOn() {
        assertThat((double) GoldSet.read(gold).size()).as("articles in gold-dev").isEqualTo(floors.get("articles"));
    }

    @Test
    void quotesWithTheRightSpeakerHoldTheirFloor() {
        assertThat(score.quoteF1()).as(String.join("\n", score.summary())).isGreaterThanOrEqualTo(floors.get("quotes"));
    }

    @Test
    void amountsHoldTheirFloor() {
        assertThat(score.amountF1()).as(String.join("\n", score.summary())).isGreaterThanOrEqualTo(floors.get("amounts"));
    }

    @Test
    void datesHoldTheirFloor() {
        assertThat(score.dateF1()).as(String.join("\n", score.summary())).isGreaterThanOrEqualTo(floors.get("dates"));
    }

    @Test
    void entitiesHoldTheirFloors() {
        for (String type : new String[] {"PER", "ORG", "LOC"}) {
            assertThat(score.entityF1(type)).as(type + "\n" + String.join("\n", score.summary()))
                    .isGreaterThanOrEqualTo(floors.get("entities-" + type));
        }
    }

    private static Map<String, Double> readFloors() throws IOException {
        Map<String, Double> map = new LinkedHashMap<>();
        try (InputStream in = GoldDevGateTest.class.getResourceAsStream("gold-dev.floors.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                map.put(cells[0], Double.parseDouble(cells[1]));
            }
        }
        return map;
    }
}
