package id.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.eval.ExtractionEval.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The quality gate: the extractor may not fall below the floors pinned in
 * {@code extraction-baseline.json}, each tied to its corpus by hash (a changed corpus must be
 * re-pinned, not silently compared). Public corpora are skipped when {@code shared/} is absent.
 */
class ExtractionGateTest {
    @ParameterizedTest
    @EnumSource(Corpus.class)
    void holdsTheFloors(Corpus corpus) throws IOException {
        JsonNode pinned = baseline().path(corpus.id());
        assumeTrue(!pinned.isMissingNode(), "no floors pinned for " + corpus.id());
        Optional<Path> dir = ExtractionEval.locate(corpus);
        assumeTrue(dir.isPresent(), corpus.id() + " corpus is not here");
        ExtractionEval.Report report = ExtractionEval.run(corpus, dir.get());
        assertThat(report.corpusHash()).as("corpus changed: re-pin the floors of " + corpus.id())
                .isEqualTo(pinned.path("corpus_sha256").asText());
        String got = report.line();
        assertThat(report.f1()).as(got).isGreaterThanOrEqualTo(pinned.path("f1").asDouble());
        assertThat(report.dateAccuracy()).as(got).isGreaterThanOrEqualTo(pinned.path("date").asDouble());
        assertThat(report.dateOnPageAccuracy()).as(got).isGreaterThanOrEqualTo(pinned.path("date_on_page").asDouble());
        assertThat(report.leaks()).as(got).isLessThanOrEqualTo(pinned.path("max_leaks").asInt(Integer.MAX_VALUE));
        System.out.printf(Locale.ROOT, "gate %s (floor F1 %.4f)%n", got, pinned.path("f1").asDouble());
    }

    private static JsonNode baseline() throws IOException {
        try (InputStream in = ExtractionGateTest.class.getResourceAsStream("extraction-baseline.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
