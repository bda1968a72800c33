package id.warta.entities;

import id.warta.model.EntityType;
import java.util.Locale;

/**
 * A short form the lexicon lists for one body that the article defines for another: {@code Persatuan Golf Indonesia
 * (PGI)} in a sports story, where {@code PGI} is otherwise the churches' fellowship. The article's own definition,
 * spelling the short form's letters out word by word, names its body within that article.
 */
final class RedefinedShortForms {
    private RedefinedShortForms() {
    }

    /** Whether {@code name}, followed by {@code abbreviation} in brackets, is another body than the one the lexicon lists for it. */
    static boolean redefines(String abbreviation, String name, EntityLexicon lexicon) {
        EntityLexicon.Alias listed = lexicon.listedExactly(abbreviation);
        if (listed == null || listed.type() != EntityType.ORGANIZATION || listed.canonical() == null) return false;
        if (lexicon.listed(name) != null || words(listed.canonical()).equals(words(name))) return false; // commas, hyphens apart
        return spelledOut(abbreviation, name);
    }

    private static String words(String name) {
        return String.join(" ", name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }

    /** Whether the capitals of {@code abbreviation} are, in order, the first letters of {@code name}'s capitalised words. */
    static boolean spelledOut(String abbreviation, String name) {
        if (!Initials.written(abbreviation, 2)) return false;
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) initials.append(word.charAt(0));
        }
        return initials.toString().equals(abbreviation);
    }
}
