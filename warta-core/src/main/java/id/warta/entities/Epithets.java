package id.warta.entities;

import id.warta.model.Entity;
import id.warta.model.Mention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code pebalap berjulukan The Doctor}, {@code prosesor yang dijuluki Ryzen AI Max}, {@code kerbau yang dijuluki
 * "Donald Trump"}: a name the article gives only as what someone or something is called is no entity of the story.
 * A name it also uses elsewhere, or one the lexicon lists ({@code julukan MU}, {@code dijuluki NASA sebagai}), stays.
 */
final class Epithets {
    /** The words that give a nickname, and an opening quotation mark at most, right before the name. */
    private static final Pattern CUE = Pattern.compile("(?iu)\\b(?:berjulukan|dijuluki|julukan)\\s+[\"'“‘]?$");
    /** How far before a name its cue may open. */
    private static final int REACH = 16;

    private Epithets() {
    }

    /** {@code entities} of {@code text} without the names given only as nicknames. */
    static List<Entity> without(String text, List<Entity> entities) {
        return entities.stream().filter(e -> !onlyNickname(text, e)).toList();
    }

    private static boolean onlyNickname(String text, Entity e) {
        if (e.mentions().isEmpty()) return false;
        for (Mention m : e.mentions()) {
            if (m.start() < 0 || m.start() > text.length()) return false;
            if (!CUE.matcher(text).region(Math.max(0, m.start() - REACH), m.start()).find()) return false;
        }
        // asked last: nearly every entity's first mention has no cue before it, and most articles give no nickname
        return EntityLexicon.INSTANCE.listed(e.name()) == null;
    }
}
