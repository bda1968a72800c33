package id.warta.quotes;

import id.warta.quotes.Phrase.Form;
import id.warta.quotes.Words.Kind;

/**
 * Whom {@code mereka} after a quote's cue ({@code "...," kata mereka}) points back to when the narration just
 * before named them as a list of people ({@code Budi dan Ani}, {@code anak Wirawan, Sari, Dodi, dan Tono}): the
 * group speaks, and a group is given its first named member, as {@code tulis Syed dan koleganya} is Syed's
 * (gold-dev README). A single person named last is not who {@code mereka} means.
 */
final class Groups {
    /** How many sentences before the quote's own the list may stand. */
    static final int MAX_SENTENCES_BACK = 2;

    private Groups() {
    }

    /**
     * The first name of the latest list of names joined by {@code dan} or {@code serta} in the narration from
     * {@value #MAX_SENTENCES_BACK} sentences before token {@code open} up to it; {@link Phrase#NONE} when there is none.
     */
    static Phrase firstOfList(Passage p, int open) {
        int floor = open;
        for (int s = 0; s <= MAX_SENTENCES_BACK && floor > 0; s++) floor = p.sentenceStart(floor - 1);
        for (int k = open - 2; k > floor; k--) {
            String w = p.lower(k);
            if (!w.equals("dan") && !w.equals("serta") || p.inQuote(p.token(k).start())) continue;
            if (!NameWords.isNameWord(p, k + 1) || p.paragraphBreakBefore(k + 1)) continue;
            boolean serial = p.isPunct(k - 1, ","); // "A, B, dan C"
            int first = runStart(p, serial ? k - 1 : k, floor);
            if (first < 0 && !serial && opensSentenceBeforeName(p, k)) first = k - 1;
            if (first < 0) continue;
            // walk back over a list with its serial comma (", Lucy, Robert, dan Tim"), not over the name of whose
            // relatives or office the list is (anak Hawking, ...), nor a fronted phrase ("Di Bogor, Budi dan Ani")
            while (serial && first - 2 >= floor && p.isPunct(first - 1, ",")) {
                int before = runStart(p, first - 1, floor);
                if (before < 0 || before > 0 && (p.is(before - 1, Kind.KIN) || p.is(before - 1, Kind.ROLE))) break;
                first = before;
            }
            int firstEnd = NameWords.runEnd(p, first);
            return new Phrase(Form.NAME, first, firstEnd, first, firstEnd);
        }
        return Phrase.NONE;
    }

    /**
     * {@code Javier dan Rebeca Medina, ...}: a capitalised word opening the sentence before {@code dan} at token
     * {@code k} is a given name when a name of two words or more, no body's or place's, follows the conjunction, though the
     * word is met nowhere else inside a sentence.
     */
    private static boolean opensSentenceBeforeName(Passage p, int k) {
        if (k < 1 || !p.startsSentence(k - 1) || !Character.isUpperCase(p.word(k - 1).codePointAt(0))
                || !Character.isLetter(p.word(k - 1).codePointAt(0))) return false;
        int end = NameWords.runEnd(p, k + 1);
        if (end - (k + 1) < 2) return false;
        for (int i = k + 1; i < end; i++) {
            if (p.is(i, Kind.ROLE) || p.is(i, Kind.ORG) || p.is(i, Kind.PLACE)) return false; // a body's or a place's name
        }
        return true;
    }

    /** The first token of the run of name words ending just before token {@code end}, or -1 when none ends there. */
    private static int runStart(Passage p, int end, int floor) {
        int i = end;
        while (i > floor && NameWords.isNameWord(p, i - 1) && !p.paragraphBreakBefore(i)) i--;
        return i < end ? i : -1;
    }
}
