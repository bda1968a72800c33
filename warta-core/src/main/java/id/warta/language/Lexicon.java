package id.warta.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Reads the word lists and tab-separated tables that sit beside this package's classes. */
final class Lexicon {
    private Lexicon() {
    }

    /** The rows of {@code name}, split on tabs, without blank lines, {@code #} comments and the header row. */
    static List<String[]> rows(String name) {
        List<String> lines = lines(name);
        return lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1)).toList();
    }

    /** The lines of {@code name}, stripped, without blank lines and {@code #} comments. */
    static List<String> lines(String name) {
        var in = Objects.requireNonNull(Lexicon.class.getResourceAsStream(name), name);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
