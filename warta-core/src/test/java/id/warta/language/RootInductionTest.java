package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.eval.SharedData;
import id.warta.lexicon.Lexicon;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped root list is exactly what {@link RootInduction} makes from the public corpora. */
class RootInductionTest {
    @Test
    void shippedRootsAreReproducibleFromTheCorpora() throws Exception {
        assumeTrue(RootInduction.SOURCES.stream().allMatch(s -> SharedData.resolve(s).isPresent())
                && SharedData.resolve(RootInduction.HEADLINES).isPresent(), "shared data absent");
        PrintStream console = System.out;
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(generated, true, StandardCharsets.UTF_8));
            RootInduction.main(new String[0]);
        } finally {
            System.setOut(console);
        }
        List<String> shipped = Lexicon.lines(RootInduction.class, RootInduction.FILE);
        List<String> fresh = generated.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(fresh).as("regenerate roots.tsv with RootInduction (see its javadoc)").isEqualTo(shipped);
    }
}
