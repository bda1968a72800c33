package id.warta.extract.html;

import id.warta.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;

/** Reads the tab-separated vocabulary files that sit beside this package's classes. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** The rows of {@code name}, split on tabs ({@link Lexicon#rows}). */
    static List<String[]> rows(String name) {
        return Lexicon.rows(Vocabulary.class, name);
    }

    /** The first column of every row of {@code name}, in lower case. */
    static List<String> words(String name) {
        return rows(name).stream().map(r -> r[0].toLowerCase(Locale.ROOT)).toList();
    }
}
