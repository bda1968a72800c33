package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Departemen Kehakiman AS}, {@code Departemen Tenaga Kerja Amerika Serikat}: a foreign government's ministry,
 * which news names {@code Departemen} as Indonesia named its own before 2009, with its country after it. The tagger
 * finds the country and leaves the ministry out, as {@code Departemen} no longer opens an Indonesian body's name. A
 * {@code Departemen} and its capitalised field words right before a country are that country's ministry, one body.
 * Without a country after it the word is as often a firm's or a university's department (Departemen Humas, Departemen
 * Teknik Sipil), left as the tagger read it.
 */
final class ForeignDepartments {
    /** The ministry's words: its head, then one to five capitalised field words, {@code dan} between. */
    private static final Pattern DEPARTMENT = Pattern.compile("(?<![\\p{L}\\p{N}])Departemen(?: (?:\\p{Lu}\\p{Ll}+|dan)){1,5} ");
    /** The most words a country's name has here ({@code Amerika Serikat}, {@code Korea Selatan}). */
    private static final int LONGEST_COUNTRY = 2;
    /** Where the first field word after {@code Departemen } opens. */
    private static final int FIRST_FIELD_WORD = "Departemen ".length();

    private final Places places;

    ForeignDepartments(Places places) {
        this.places = places;
    }

    /** Adds to {@code found} each such ministry, over the names found inside it; in text order. */
    void find(String text, List<Found> found) {
        int at = text.indexOf("Departemen ");
        if (at < 0) return;
        Matcher m = DEPARTMENT.matcher(text);
        for (; at >= 0; at = text.indexOf("Departemen ", at + 1)) {
            if (!m.region(at, text.length()).lookingAt()) continue;
            int end = -1; // the country after the first field word on: the field's words may run into it
            for (int word = text.indexOf(' ', at + FIRST_FIELD_WORD) + 1; end < 0 && word > 0 && word <= m.end(); word = text.indexOf(' ', word) + 1) {
                end = countryEnd(text, word);
            }
            if (end < 0) continue;
            Found ministry = new Found(at, end, EntityType.ORGANIZATION, "model");
            found.removeIf(ministry::overlaps);
            found.add(ministry);
        }
        found.sort((a, b) -> a.start() - b.start());
    }

    /** The end of a country's name of one or two capitalised words opening at {@code from}, the longest; or -1. */
    private int countryEnd(String text, int from) {
        int best = -1;
        int end = from;
        for (int words = 0; words < LONGEST_COUNTRY; words++) {
            if (end >= text.length() || !Character.isUpperCase(text.charAt(end))) break;
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            if (places.countryCode(text.substring(from, end)) != null) best = end;
            if (end >= text.length() || text.charAt(end) != ' ') break;
            end++;
        }
        return best;
    }
}
