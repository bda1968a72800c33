package id.warta;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.eval.SharedData;
import id.warta.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The seed article of ../shared/seed, analysed once for every test that checks it against EXPECTED.md. */
public final class Seed {
    private static Article analysed;

    private Seed() {}

    /** The analysed seed; the calling test is skipped when ../shared/seed is not here. */
    public static synchronized Article analysed() {
        Optional<Path> file = SharedData.resolve("seed/000_d72b4802babb3034.txt");
        assumeTrue(file.isPresent(), "../shared/seed is not here");
        if (analysed == null) {
            try {
                analysed = Warta.analyze(Files.readString(file.get()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return analysed;
    }
}
