package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * {@code I Nyoman Gede Surya Mataram}, {@code Kompol I Made Yasa}, {@code Ni Luh Putu Ariani}: a Balinese name opens with
 * its gender prefix, {@code I} for men and {@code Ni} for women, which the tagger often leaves out after a title or a
 * comma, since a lone capital looks like a pronoun or an initial. The prefix is part of the name as the article writes
 * it, so a person whose name opens with a Balinese name word ({@code balinese-name-words.tsv}) takes in the prefix
 * standing right before it as a word of its own.
 */
final class BalinesePrefixes {
    private static final Set<String> NAME_WORDS = Set.copyOf(Lexicon.lines(BalinesePrefixes.class, "balinese-name-words.tsv"));
    private static final List<String> PREFIXES = List.of("I", "Ni");

    private BalinesePrefixes() {
    }

    /** {@code found} (in text order) with each such person's prefix taken in; in place. */
    static void join(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || !NAME_WORDS.contains(firstWord(text, f))) continue;
            int opens = prefixBefore(text, f.start());
            if (opens < 0 || i > 0 && found.get(i - 1).end() > opens) continue; // the prefix is another name's word
            found.set(i, new Found(opens, f.end(), EntityType.PERSON, f.via()));
        }
    }

    private static String firstWord(String text, Found f) {
        int end = f.start();
        while (end < f.end() && Character.isLetter(text.charAt(end))) end++;
        return text.substring(f.start(), end);
    }

    /** Where a prefix with one space after it, right before {@code at} ({@code "I "}, {@code "Ni "}), opens; or -1. */
    private static int prefixBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') return -1;
        for (String prefix : PREFIXES) {
            int start = at - 1 - prefix.length();
            if (start >= 0 && text.startsWith(prefix, start) && AbbreviatedGivenNames.wordOpening(text, at - 1) == start) return start;
        }
        return -1;
    }
}
