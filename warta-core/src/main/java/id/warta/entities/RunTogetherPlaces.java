package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Asian Games 2018 Jakarta Palembang}, {@code Kota Sorong Papua}: towns and regions written one after another
 * without a comma, which the tagger ran into one place. A place whose words fall into two or more names of a regency,
 * a city or larger ({@link Places#namesRegencyOrLarger}), and that names no town itself ({@code Banda Aceh}, {@code
 * Grogol Petamburan}), is those places. Not in a sentence whose capitals say nothing ({@code Israel Serang Gaza}, a
 * headline's verb), nor when all are countries ({@code Guyana Perancis}, French Guiana).
 */
final class RunTogetherPlaces {
    private final Places places;

    RunTogetherPlaces(Places places) {
        this.places = places;
    }

    /** {@code found} (in text order) with each such place split into its places; in place. */
    void split(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String name = f.textIn(text);
            if (f.type() != EntityType.PLACE || name.indexOf(' ') < 0 || places.namesTownOrLarger(name)) continue;
            Sentence s = Sentence.containing(sentences, f.start());
            if (s == null || !s.cased()) continue;
            List<Found> pieces = pieces(text, f.start(), f.end(), f.via());
            if (pieces == null || pieces.size() < 2 || pieces.stream().allMatch(p -> isCountry(text, p))) continue; // "Guyana Perancis"
            found.remove(i);
            found.addAll(i, pieces);
            i += pieces.size() - 1;
        }
    }

    private boolean isCountry(String text, Found f) {
        return places.countryCode(f.textIn(text)) != null;
    }

    /** The names of regencies or larger that {@code [start, end)} falls into, read left to right, each as long as it can be; or null. */
    private List<Found> pieces(String text, int start, int end, String via) {
        for (int cut = end; cut > start; cut = text.lastIndexOf(' ', cut - 1)) {
            if (!places.namesRegencyOrLarger(text.substring(start, cut))) continue;
            Found first = new Found(start, cut, EntityType.PLACE, via);
            if (cut == end) return new ArrayList<>(List.of(first));
            List<Found> rest = pieces(text, cut + 1, end, via);
            if (rest != null) {
                rest.addFirst(first);
                return rest;
            }
        }
        return null;
    }
}
