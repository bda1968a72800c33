package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Golkarlah}, {@code Ronaldopun}, {@code Bank Indonesianya}: a name with a clitic written onto its last word
 * ({@code -lah}, {@code -pun}, {@code -kah}, {@code -nya}), which the tagger reads as a name of its own, often of another
 * type ({@code Golkarlah} a place). Where the article names the same words without the clitic, the mention is that
 * name: the clitic is cut off it and it takes that name's type. A word the news writes so often that it is a name in
 * itself ({@code Abdullah} beside an {@code Abdul}) is left whole: the glued word must be much rarer than its stem.
 */
final class GluedClitics {
    /**
     * The clitics news prose glues to a name ({@code Golkarlah}, {@code Jokowinya}). Not language.Affixes' particles
     * and possessives, which read any word's root: {@code -tah} is all but unused in news, and {@code -ku}, {@code -mu}
     * (mine, yours) hardly follow a name in its third-person prose.
     */
    private static final List<String> CLITICS = List.of("lah", "pun", "kah", "nya");
    /** How many bits rarer than its stem a glued word must be ({@link NerModel#frequency}): eight times. */
    private static final int RARER_BITS = 3;
    /** Fewest letters of a stem ({@code Golkar}; not {@code Mek} of {@code Mekkah}). */
    private static final int SHORTEST_STEM = 4;

    private final NerModel model;

    GluedClitics(NerModel model) {
        this.model = model;
    }

    /** Cuts the clitics off the names in {@code found} whose stems are named in {@code text} too. */
    void cut(String text, List<Found> found) {
        Map<String, EntityType> named = new HashMap<>();
        for (Found f : found) named.putIfAbsent(f.textIn(text), f.type());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String name = f.textIn(text);
            for (String clitic : CLITICS) {
                if (!name.endsWith(clitic)) continue;
                String stem = name.substring(0, name.length() - clitic.length());
                EntityType type = named.get(stem);
                if (type == null || !glued(name, stem)) continue;
                found.set(i, new Found(f.start(), f.end() - clitic.length(), type, f.via()));
                break;
            }
        }
    }

    /** Whether the last word of {@code name} is its stem's with a clitic glued on, not a word of its own. */
    private boolean glued(String name, String stem) {
        String word = name.substring(name.lastIndexOf(' ') + 1);
        String stemWord = stem.substring(stem.lastIndexOf(' ') + 1);
        return stemWord.length() >= SHORTEST_STEM && Character.isLetter(stemWord.charAt(stemWord.length() - 1))
                && model.frequency(word) + RARER_BITS <= model.frequency(stemWord);
    }
}
