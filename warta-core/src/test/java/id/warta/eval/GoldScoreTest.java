package id.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The rules of score_gold.py, case by case. */
class GoldScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nameKeysDropShortWordsAndTitles() {
        assertThat(GoldScore.nameKeys("Kapolres Metro Jakarta Selatan Kombes Budi Santoso"))
                .containsExactlyInAnyOrder("metro", "jakarta", "selatan", "budi", "santoso");
        assertThat(GoldScore.nameKeys("M Ridho Ficardo")).containsExactlyInAnyOrder("ridho", "ficardo");
    }

    @Test
    void overlapCountsRepeatedTokensOnce() {
        double[] o = GoldScore.overlap("kami kami pergi ke pasar", "Kami pergi.");
        assertThat(o[0]).isEqualTo(2 / 5.0);
        assertThat(o[1]).isEqualTo(1.0);
    }

    @Test
    void aSpeakerIsRightWhenItSharesANameWordAndPrecisionCountsRightPredictions() throws Exception {
        JsonNode labels = JSON.readTree("""
                {"quotes": [{"quote": "Kami akan terus membantu warga yang terdampak banjir,", "speaker": "Dedi Mulyana"},
                            {"quote": "Bantuan sudah dikirim sejak pagi tadi ke tiga desa,", "speaker": "Dedi Mulyana"}]}""");
        JsonNode output = JSON.readTree("""
                {"quotes": [{"text": "Kami akan terus membantu warga yang terdampak banjir,", "kind": "DIRECT",
                             "speaker": {"name": "Gubernur Dedi", "entity": null, "start": 3, "end": 9}},
                            {"text": "Bantuan sudah dikirim sejak pagi tadi ke tiga desa,", "kind": "DIRECT",
                             "speaker": {"name": "Ahmad", "entity": null, "start": 1, "end": 2}},
                            {"text": "warga yang terdampak banjir", "kind": "INDIRECT",
                             "speaker": {"name": "Dedi", "entity": null, "start": 1, "end": 2}}]}""");
        GoldScore score = new GoldScore();
        score.add("x", labels, output);
        assertThat(score.summary().getFirst())
                .isEqualTo("quotes with the right speaker: F1 0.500 (P 0.500 R 0.500); quotes found 2/2, predicted 2");
    }

    @Test
    void amountsMatchWithinHalfAPercentAndTheSameUnit() throws Exception {
        JsonNode labels = JSON.readTree("""
                {"amounts": [{"value": 97700000000, "unit": "USD"}, {"value": 40, "unit": "PERCENT"}]}""");
        JsonNode output = JSON.readTree("""
                {"amounts": [{"value": 97900000000, "unit": "USD"}, {"value": 40, "unit": "%"}, {"value": 40, "unit": "IDR"}]}""");
        GoldScore score = new GoldScore();
        score.add("x", labels, output);
        assertThat(score.summary()).contains("amounts: F1 0.800 (2 of 2 gold values)");
    }
}
