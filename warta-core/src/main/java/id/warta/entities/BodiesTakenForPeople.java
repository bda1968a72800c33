package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;

/** Bodies the tagger read as people's names: a unit before its body's short form, a body's initials and a word. */
final class BodiesTakenForPeople {
    /** A body's initials that open what the tagger took for a person's name hold at least this many capitals ({@code GPIB}). */
    private static final int MIN_INITIALS = 3;

    private BodiesTakenForPeople() {}

    /**
     * {@code Jamintel Kejagung}, {@code Dirdik Jampidsus Kejagung}: a unit or office named before the listed short form of the body it
     * belongs to, which the tagger read as a person's name. A person's name does not close with a body's short
     * form, so such a name is an organisation.
     */
    static void retypeUnits(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            int space = text.lastIndexOf(' ', f.end() - 1);
            if (space <= f.start()) continue;
            EntityLexicon.Alias last = EntityLexicon.INSTANCE.listedExactly(text.substring(space + 1, f.end()));
            if (last != null && last.canonical() != null && last.type() == EntityType.ORGANIZATION) {
                found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
            }
        }
    }

    /**
     * {@code GPIB Maranatha}, {@code LPEM UI}, {@code BSC Advertising}: a body's initials (three capitals or more,
     * not a title) and one more word, or more initials only, which the tagger read as a person's name. People are
     * not named by a body's initials and one word; a title in capitals ({@code TGH Zainul Majdi}) opens a person's
     * longer name, so names of three words or more stay people unless all their words are in capitals.
     */
    static void retypeInitials(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            String[] words = f.textIn(text).split(" ");
            if (words.length < 2 || !Initials.written(words[0], MIN_INITIALS) || EntityLexicon.INSTANCE.title(List.of(words[0])) != null) continue;
            boolean body = true;
            for (int w = 1; w < words.length && words.length > 2; w++) body &= Initials.written(words[w], 2);
            if (body) found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
        }
    }
}
