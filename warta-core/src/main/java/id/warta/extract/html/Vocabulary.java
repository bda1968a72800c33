package id.warta.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads the tab-separated vocabulary files that sit beside this package's classes. */
final class Vocabulary {
    private Vocabulary() {
    }

    /**
     * The rows of {@code name}, split on tabs, without blank lines and comments. A comment
     * starts with {@code "# "} (hash and space): a bare {@code #} opens an id selector
     * ({@code #article-body}) in {@code content.tsv}.
     */
    static List<String[]> rows(String name) {
        var in = Objects.requireNonNull(Vocabulary.class.getResourceAsStream(name), name);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !isComment(line))
                    .map(line -> line.strip().split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isComment(String line) {
        String s = line.strip();
        return s.equals("#") || s.startsWith("# ") || s.startsWith("#\t");
    }

    /** The first column of every row of {@code name}, in lower case. */
    static List<String> words(String name) {
        return rows(name).stream().map(r -> r[0].toLowerCase(Locale.ROOT)).toList();
    }
}
