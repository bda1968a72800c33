package id.warta.quotes;

import static id.warta.quotes.Phrase.MAX_PLACE_WORDS;
import static id.warta.quotes.Phrase.isCalled;

import id.warta.entities.Nicknames;

/**
 * Where a description of a speaker gives the described one's name ({@code seorang warga bernama Rudi}, {@code pria yang
 * akrab disapa Mi'ing}, {@code salah satu penumpang, yakni Rani}), after the place it may name first.
 */
final class GivenNames {
    /** Words around a verb that names someone ({@code yang akrab disapa Mi'ing}) may number at most this many. */
    private static final int MAX_CALLED_FILLERS = 3;
    /**
     * An adverb of the nickname phrase ({@link Nicknames}) that a speaker's description does not take yet: reading
     * {@code pria yang karib disapa X} as X changes two corpus speakers, one wrongly (a team's name before the phrase
     * tagged as a person's), so it waits for a rule change checked on its own.
     */
    private static final String NOT_READ_YET = "karib";

    private GivenNames() {
    }

    /**
     * The name's first token in {@code akrab disapa Mi'ing}, {@code bernama Rudi} or {@code yakni Rani} read from
     * {@code i}, or -1: a verb giving the name someone goes by ({@link Nicknames}) or a word naming them.
     */
    static int nameStart(Passage p, int i, int limit) {
        int j = i, fillers = 0;
        boolean called = false;
        for (; j < limit && fillers <= MAX_CALLED_FILLERS; j++) {
            String w = p.lower(j);
            if (isCalled(p, j)) called = true;
            else if (Nicknames.isAroundVerb(w) && !w.equals(NOT_READ_YET)) fillers++;
            else break;
        }
        return called && j < limit && NameWords.isNameWord(p, j) ? j : -1;
    }

    /**
     * The token after a short place phrase at {@code j} ({@code di sekitar lokasi}, {@code di Pasar Baru}, with the
     * comma that may close it) when a word naming someone follows it; else {@code j}.
     */
    static int afterPlace(Passage p, int j, int limit) {
        int k = j;
        if (p.lower(j).equals("di")) {
            k = j + 1;
            while (k < limit && k - j <= MAX_PLACE_WORDS && Character.isLetter(p.word(k).codePointAt(0))
                    && !isCalled(p, k)) k++;
        }
        if (k < limit && p.isPunct(k, ",")) k++; // "salah satu penumpang, yakni Rani"
        return k < limit && isCalled(p, k) ? k : j;
    }
}
