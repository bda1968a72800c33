package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Badan Pengawas Pemilu (Bawaslu)}, {@code Lembaga Penjaminan Simpanan (LPS)}: a body the article writes out its
 * own way, then gives the listed short form of in brackets, is the listed body ({@code Badan Pengawas Pemilihan Umum},
 * {@code Lembaga Penjamin Simpanan}), not a body of its own beside it. Only when the short form fits the name written
 * out (its letters in order, from the name's first on): {@code Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB)} or
 * {@code Fraksi Partai Solidaritas Indonesia (PSI)} bracket the body the name ends with, which stays a unit of its own.
 * And only when the two names share a word beyond the country's ({@code Indonesia}, {@code Nasional}), or the listed
 * name is the short form itself ({@code NASA}): {@code Badan Tim Nasional (BTN)} and {@code Persatuan Golf Indonesia
 * (PGI)} are bodies the article gives another's short form, not Bank Tabungan Negara or the churches' fellowship.
 */
final class ListedShortForms {
    /** Words too many bodies' names share to tell one of them: the country's, the nation's, function words. */
    private static final Set<String> SHARED_BY_MANY = Set.copyOf(Lexicon.lines(ListedShortForms.class, "shared-name-words.tsv"));
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

    private ListedShortForms() {
    }

    /** The keys of the names {@code found} in {@code text} written out before a listed short form, to the listed body's name. */
    static Map<String, String> writtenOut(String text, List<Found> found, EntityLexicon lexicon) {
        Map<String, String> listedNames = new HashMap<>();
        if (text.indexOf('(') < 0) return listedNames;
        Matcher m = AbbreviatedNames.DEFINED.matcher(text);
        for (Found f : found) {
            if (f.type() != EntityType.ORGANIZATION || f.end() >= text.length() || !m.region(f.end(), text.length()).lookingAt()) continue;
            String shortForm = m.group(1);
            EntityLexicon.Alias listed = lexicon.listed(shortForm);
            if (listed == null || listed.canonical() == null || listed.type() != EntityType.ORGANIZATION) continue;
            String name = f.textIn(text);
            String key = EntityKeys.of(name);
            String listedKey = EntityKeys.of(listed.canonical());
            if (!key.equals(listedKey) && fits(shortForm, name) && (listedKey.equals(EntityKeys.of(shortForm)) || shareAWord(key, listedKey))) {
                listedNames.putIfAbsent(key, listed.canonical());
            }
        }
        return listedNames;
    }

    /** Whether two keys share a word that few bodies' names share. */
    static boolean shareAWord(String key, String other) {
        List<String> words = List.of(other.split(" ")); // a word may come twice (gereja gereja)
        for (String w : key.split(" ")) if (!SHARED_BY_MANY.contains(w) && words.contains(w)) return true;
        return false;
    }

    /** Whether {@code shortForm}'s letters stand in {@code name} in order, the first opening it (a legal form aside). */
    static boolean fits(String shortForm, String name) {
        String letters = name.toLowerCase(Locale.ROOT);
        if (letters.startsWith("pt ")) letters = letters.substring(3);
        String wanted = NOT_LETTER.matcher(shortForm.toLowerCase(Locale.ROOT)).replaceAll("");
        if (wanted.isEmpty() || letters.isEmpty() || letters.charAt(0) != wanted.charAt(0)) return false;
        int at = 1;
        for (int i = 1; i < wanted.length(); i++) {
            at = letters.indexOf(wanted.charAt(i), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }
}
