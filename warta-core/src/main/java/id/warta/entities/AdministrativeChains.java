package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Desa Waru Kecamatan Sukamaju}, {@code wisata Merapi Kabupaten Sleman}, {@code Jalan Melati Kota Batu}: a place
 * and the administrative unit it lies in, written one after the other without a comma, which the tagger ran into one
 * place. The place is cut before each inner word of an administrative level ({@code Kabupaten}, {@code Kecamatan},
 * ...), so each unit is a place of its own, as the news means it. Not after another level's word ({@code Kecamatan Kota
 * Raja} is one district), nor where the level's word belongs to the name before it ({@code Ibu Kota Nusantara}, {@code
 * Balai Kota Jakarta}, {@code Jalan Raya Desa X}, {@code Bandara Internasional Kota Kinabalu}); {@code Kota} cuts only
 * before a town the gazetteer knows ({@code Kota Batu}).
 */
final class AdministrativeChains {
    /** The words of an administrative level that open a unit's name. */
    private static final Set<String> LEVELS = Set.of("Provinsi", "Kabupaten", "Kecamatan", "Kelurahan", "Desa", "Dusun", "Kota");
    private static final String TOWN = "Kota";
    /** Words that take a level's word into their own name: {@code Ibu Kota}, {@code Balai Kota}, {@code Pendopo Kabupaten}, {@code Jalan Raya Desa}. */
    private static final Set<String> BINDING = Set.of("Ibu", "Balai", "Raya", "Internasional", "Dewan", "Pemerintah", "Tua", "Sekretariat",
            "Pendopo", "Pendapa");

    /** The levels below a regency, whose unit a regency's name may follow ({@code Kecamatan Boyolangu Tulungagung}). */
    private static final Set<String> BELOW_REGENCY = Set.of("Kecamatan", "Kelurahan", "Desa", "Dusun");
    /** Words naming a body's building, whose unit is the body's ({@code Kantor Desa Jambu}). */
    private static final Set<String> OFFICES = Set.of("Kantor", "Markas", "Mako", "Rumah");

    private AdministrativeChains() {
    }

    /** {@code found} (in text order) with each such place cut into its units; in place. */
    static void split(String text, List<Found> found, Places places) {
        Set<String> lastWords = new HashSet<>(); // "Bromo" of "Gunung Bromo": a place's own word the article names
        for (Found f : found) {
            if (f.type() == EntityType.PLACE) lastWords.add(text.substring(text.lastIndexOf(' ', f.end() - 1) + 1, f.end()));
        }
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE) continue;
            List<Found> pieces = pieces(text, f, places, lastWords);
            if (pieces.size() < 2) continue;
            found.remove(i);
            found.addAll(i, pieces);
            i += pieces.size() - 1;
        }
    }

    private static List<Found> pieces(String text, Found f, Places places, Set<String> lastWords) {
        List<int[]> words = new ArrayList<>(); // start, end of each word
        for (int k = f.start(); k < f.end(); ) {
            int space = text.indexOf(' ', k);
            int end = space < 0 || space > f.end() ? f.end() : space;
            words.add(new int[] {k, end});
            k = end + 1;
        }
        List<Found> pieces = new ArrayList<>();
        int from = f.start();
        for (int w = 1; w < words.size() - 1; w++) { // a level's word followed by its unit's name
            String word = text.substring(words.get(w)[0], words.get(w)[1]);
            String before = text.substring(words.get(w - 1)[0], words.get(w - 1)[1]);
            if (!LEVELS.contains(word) || LEVELS.contains(before) || BINDING.contains(before)) continue;
            if (word.equals(TOWN) && !places.namesTownOrLarger(text.substring(words.get(w + 1)[0], words.getLast()[1]))
                    && !places.namesTownOrLarger(text.substring(words.get(w + 1)[0], words.get(w + 1)[1]))) continue;
            if (!Character.isUpperCase(text.charAt(words.get(w + 1)[0]))) continue;
            if (!placeBefore(text, from, words.get(w - 1)[1], places, lastWords)) return List.of(f);
            pieces.add(new Found(from, words.get(w - 1)[1], EntityType.PLACE, f.via()));
            from = words.get(w)[0];
        }
        if (pieces.isEmpty()) return List.of(f);
        pieces.add(new Found(from, f.end(), EntityType.PLACE, f.via()));
        Found last = pieces.getLast(); // "Kecamatan Boyolangu Tulungagung": the district, then its regency
        int space = text.lastIndexOf(' ', last.end() - 1);
        String unit = text.substring(last.start(), text.indexOf(' ', last.start()));
        if (BELOW_REGENCY.contains(unit) && text.indexOf(' ', last.start()) < space
                && places.namesRegencyOrLarger(text.substring(space + 1, last.end()))) {
            pieces.set(pieces.size() - 1, new Found(last.start(), space, EntityType.PLACE, f.via()));
            pieces.add(new Found(space + 1, last.end(), EntityType.PLACE, f.via()));
        }
        return pieces;
    }

    /**
     * Whether the words from {@code start} to {@code end} name a place of their own: not a body's office ({@code Kantor
     * Desa X}, {@code Kantor Dinas ... Kota Solo}, {@code Samsat Kabupaten Bekasi}: a body's head word or initials in it),
     * and one word only when the article or the gazetteer names it as a place ({@code Gunung Bromo}).
     */
    private static boolean placeBefore(String text, int start, int end, Places places, Set<String> lastWords) {
        String[] words = text.substring(start, end).split(" ");
        for (String w : words) {
            if (OFFICES.contains(w) || EntityLexicon.INSTANCE.isOrganisationHead(w) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) return false;
        }
        return words.length > 1 || lastWords.contains(words[0]) || places.namesTownOrLarger(words[0]);
    }
}
