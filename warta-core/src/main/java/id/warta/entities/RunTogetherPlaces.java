package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            Found region = regionShortFormAtEnd(text, f);
            if (region != null) { // "Cilincing Jakut": the short form is the region's in a headline too
                found.set(i, new Found(f.start(), region.start() - 1, EntityType.PLACE, f.via()));
                found.add(++i, region);
                continue;
            }
            Sentence s = Sentence.containing(sentences, f.start());
            if (s == null || !s.cased()) continue;
            List<Found> pieces = pieces(text, f.start(), f.end(), f.via());
            if (pieces == null || pieces.size() < 2 || pieces.stream().allMatch(p -> isCountry(text, p))) continue; // "Guyana Perancis"
            found.remove(i);
            found.addAll(i, pieces);
            i += pieces.size() - 1;
        }
    }

    /**
     * {@code Cilincing Jakut}, {@code Jalan Lenteng Agung Jaksel}, {@code Masjid Al-Azhar Jaksel}: a place closed by the
     * clipped short form of a region ({@code Jakut}: the openings of Jakarta Utara's two words), as detik's headlines
     * write where a place lies. The short form, as a place of its own, when what stands before it is a known town or
     * district, or opens with a place's head word ({@code Jalan}, {@code Masjid}) and holds no title or body ({@code
     * Kantor Gubernur Kalteng}, {@code Labfor Polda Jateng} are a body's offices, named with their region); else null.
     */
    private Found regionShortFormAtEnd(String text, Found f) {
        int space = text.lastIndexOf(' ', f.end() - 1);
        if (space <= f.start()) return null;
        String last = text.substring(space + 1, f.end());
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        EntityLexicon.Alias alias = lexicon.listedExactly(last);
        if (alias == null || alias.type() != EntityType.PLACE || alias.canonical() == null || !clipped(last, alias.canonical())
                || !places.namesRegencyOrLarger(alias.canonical())) {
            return null;
        }
        String rest = text.substring(f.start(), space);
        String[] words = rest.split(" ");
        if (!(places.namesTownOrLarger(rest) && !lexicon.titleOrHeadWord(rest))) {
            if (words.length < 2 || lexicon.heads.get(words[0].toLowerCase(Locale.ROOT)) != EntityType.PLACE) return null;
            for (String w : words) {
                EntityLexicon.Alias listed = lexicon.listedExactly(w);
                if (lexicon.title(List.of(w)) != null || lexicon.heads.get(w.toLowerCase(Locale.ROOT)) == EntityType.ORGANIZATION
                        || listed != null && listed.type() == EntityType.ORGANIZATION) {
                    return null;
                }
            }
        }
        return new Found(space + 1, f.end(), EntityType.PLACE, f.via());
    }

    /**
     * Whether {@code form} clips the two words of {@code name}: the opening of the first, then the opening of the second
     * ({@code Jakut} of Jakarta Utara, {@code Kalteng} of Kalimantan Tengah), not another name of it ({@code Solo}) nor
     * initials ({@code DIY}, {@code RI}).
     */
    static boolean clipped(String form, String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        String f = form.toLowerCase(Locale.ROOT);
        if (words.length != 2 || form.equals(form.toUpperCase(Locale.ROOT))) return false;
        for (int cut = 2; cut <= f.length() - 2; cut++) {
            if (words[0].startsWith(f.substring(0, cut)) && words[1].startsWith(f.substring(cut))) return true;
        }
        return false;
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
