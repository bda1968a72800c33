package id.warta.app.cli;

import static id.warta.app.cli.AnalyzeCommandTest.warta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.eval.NerCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file named on the command line that is not there is the user's to mend: a one-line message, no stack trace. */
class FileErrorsTest {
    @Test
    void aMissingModelFileIsNamedWithoutAStackTrace(@TempDir Path dir) {
        assumeTrue(NerCorpus.IDNER_NEWS_2K.present(), "shared/data/ner is not here");
        Path missing = dir.resolve("no-such-model.bin.gz");
        var run = warta("train", "ner", "--word-classes-from", missing.toString(), "--out", dir.resolve("m.bin.gz").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.NOTHING_READ);
        assertThat(run.err().strip()).isEqualTo("warta: cannot find " + missing);
        assertThat(dir.resolve("m.bin.gz")).doesNotExist();
    }
}
