package id.warta.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Reads the tab-separated vocabulary files that sit beside the classes using them: one row a
 * line, {@code #} comments and blank lines skipped.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** The rows of {@code name} beside this package's classes, split on tabs. */
    static List<String[]> rows(String name) {
        return rows(Lexicon.class, name);
    }

    /** The rows of the resource {@code name} beside {@code owner}'s class file, split on tabs. */
    public static List<String[]> rows(Class<?> owner, String name) {
        var in = Objects.requireNonNull(owner.getResourceAsStream(name), () -> "missing resource " + name);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
