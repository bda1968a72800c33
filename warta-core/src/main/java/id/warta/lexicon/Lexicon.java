package id.warta.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the vocabularies every stage keeps as data: tab-separated files beside the class that
 * uses them. Blank lines and comments are skipped; a comment is a line that starts with
 * {@code "# "}, {@code "#\t"} or is a lone {@code #}, so a value may itself open with a hash
 * (an id selector such as {@code #article-body}).
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** The rows of the resource {@code name} beside {@code owner}'s class file, split on tabs (empty cells kept). */
    public static List<String[]> rows(Class<?> owner, String name) {
        return lines(owner, name).stream().map(line -> line.split("\t", -1)).toList();
    }

    /**
     * The words of a {@code word<TAB>class} vocabulary by class, in file order: {@code classes(...).get("verb")}.
     * A class no row names is absent.
     */
    public static Map<String, Set<String>> classes(Class<?> owner, String name) {
        Map<String, Set<String>> byClass = new LinkedHashMap<>();
        for (String[] row : rows(owner, name)) byClass.computeIfAbsent(row[1], k -> new LinkedHashSet<>()).add(row[0]);
        byClass.replaceAll((k, words) -> Collections.unmodifiableSet(words));
        return Collections.unmodifiableMap(byClass);
    }

    /** The lines of the resource {@code name} beside {@code owner}'s class file, without comments and blank lines. */
    public static List<String> lines(Class<?> owner, String name) {
        var in = Objects.requireNonNull(owner.getResourceAsStream(name), () -> "missing resource " + name);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(Lexicon::withoutLineEnd).filter(line -> !line.isBlank() && !isComment(line)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The length of the longest of {@code words}, 0 when there are none: how far a look-up of them need read. */
    public static int longest(Collection<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** {@code words} by their length: {@code [n]} holds those of {@code n} characters, null when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String>[] byLength(Collection<String> words) {
        List<String>[] table = new List[longest(words) + 1];
        for (String w : words) {
            if (table[w.length()] == null) table[w.length()] = new ArrayList<>();
            table[w.length()].add(w);
        }
        return table;
    }

    private static String withoutLineEnd(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static boolean isComment(String line) {
        String s = line.strip();
        return s.equals("#") || s.startsWith("# ") || s.startsWith("#\t");
    }
}
