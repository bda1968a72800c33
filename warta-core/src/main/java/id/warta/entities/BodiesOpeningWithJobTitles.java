package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code VP Corporate Communication Pertamina}, {@code SEVP Human Capital}: an organisation or place the tagger found
 * opening with a job title, the body after the title or, with no body after it, a job title alone, no name.
 */
final class BodiesOpeningWithJobTitles {
    /** Words opening a job title, never a body's name ({@code VP}, {@code Direktur}), lowercased. */
    private static final Set<String> ROLE_OPENERS = Set.copyOf(Lexicon.lines(BodiesOpeningWithJobTitles.class, "role-openers.tsv"));

    private BodiesOpeningWithJobTitles() {
    }

    /**
     * Cuts a job title off an organisation or place the tagger found opening with it ({@code VP Corporate
     * Communication Pertamina}): the name becomes the body after the title, the shortest cut that leaves
     * a name found elsewhere in the article, a listed one, or two words or more opening with an
     * organisation's head word ({@code SVP Credit Cards Bank Mandiri}) or closing with its tail word
     * ({@code Senior Mandala Sekuritas} of {@code Analis Senior}). Without such a body it is a job title alone
     * ({@code SEVP Human Capital}, {@code COO}), no name, and goes.
     */
    static void cut(String text, List<Found> found, EntityLexicon lexicon) {
        Set<String> surfaces = null;
        List<Found> titles = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() == EntityType.PERSON) continue;
            int firstEnd = text.indexOf(' ', f.start());
            if (firstEnd < 0 || firstEnd >= f.end()) firstEnd = f.end();
            if (!ROLE_OPENERS.contains(text.substring(f.start(), firstEnd).toLowerCase(Locale.ROOT))) continue;
            titles.add(f); // a job title alone ("SEVP Human Capital", "COO") unless a body follows it
            if (surfaces == null) {
                surfaces = new HashSet<>();
                for (Found g : found) surfaces.add(text.substring(g.start(), g.end()));
            }
            for (int cut = firstEnd; cut >= 0 && cut < f.end(); cut = text.indexOf(' ', cut + 1)) {
                String rest = text.substring(cut + 1, f.end());
                if (rest.isEmpty()) break;
                if (opensWithRole(rest)) continue; // "Chief Executive Tesla Inc": the title goes on
                if (surfaces.contains(rest) || lexicon.listed(rest) != null || lexicon.opensWithOrganisationHead(rest)
                        || lexicon.closesWithOrganisationTail(rest)) {
                    found.set(i, new Found(cut + 1, f.end(), EntityType.ORGANIZATION, f.via()));
                    titles.remove(f);
                    break;
                }
            }
        }
        found.removeAll(titles);
    }

    /** Whether {@code name} opens with a word of a job title ({@code Executive Tesla Inc}, {@code Senior Analyst ...}). */
    private static boolean opensWithRole(String name) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        return ROLE_OPENERS.contains(first.toLowerCase(Locale.ROOT)) || EnglishNames.isRole(first);
    }
}
