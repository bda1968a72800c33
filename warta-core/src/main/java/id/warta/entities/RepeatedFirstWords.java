package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;

/**
 * {@code Profil Glenny Kairupan Glenny merupakan ...}: a sub-heading flattened into the body runs the heading's name
 * into the sentence that opens with the person's given name again, and the tagger reads the words as one name. A
 * person's name of three words or more whose last word repeats its first is the name before that word; the word
 * after is the next sentence's subject, the same person, left for the name's further mentions. A name of two words,
 * the same twice, is the same slip with the full stop lost after a cue ({@code "...," sebut Prabowo Prabowo juga
 * menegaskan}): the first word alone.
 */
final class RepeatedFirstWords {
    private RepeatedFirstWords() {
    }

    /** {@code found} with each such person's name cut before its repeated word; in place. */
    static void cut(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            String[] words = f.textIn(text).split(" ");
            if (words.length < 2 || !words[0].equals(words[words.length - 1])) continue;
            int cut = f.start() + f.textIn(text).lastIndexOf(' ');
            found.set(i, new Found(f.start(), cut, EntityType.PERSON, f.via()));
        }
    }
}
