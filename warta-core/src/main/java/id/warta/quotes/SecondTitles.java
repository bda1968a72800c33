package id.warta.quotes;

import static id.warta.quotes.PhraseAfterCue.MAX_LOWERCASE;

import id.warta.language.SpeechCue;
import id.warta.quotes.Words.Kind;

/**
 * A second title joined to a speaker's first after the cue ({@code dan rekan penulis studi tersebut, Rina Kusuma},
 * {@code dan mantan anggota Koperasi Sejahtera Rina Marlina}): where it ends, and whose name closes it.
 */
final class SecondTitles {
    /** A second title joined to the first ({@code dan rekan penulis studi tersebut}) runs at most this many words. */
    private static final int MAX_SECOND_TITLE_WORDS = 8;

    private SecondTitles() {
    }

    /**
     * The first token of the name run closing a second title that opens in lower case at token {@code i}
     * ({@code mantan anggota Koperasi Sejahtera Rina Marlina}): lower-case words of a description, then name runs, the
     * first run holding a person's name and closed by a mark or a function word; else -1.
     */
    static int holder(Passage p, int i, int limit) {
        if (i >= limit || !Character.isLowerCase(p.word(i).codePointAt(0))) return -1;
        int lowercase = 0;
        for (int k = i; k < limit && !p.paragraphBreakBefore(k); ) {
            if (NameWords.isNameWord(p, k)) {
                int e = NameWords.runEnd(p, k);
                if (e > limit) return -1;
                if (NameWords.nameStart(p, k, e) < e) return NameWords.closesName(p, e) ? k : -1;
                k = e;
                continue;
            }
            String w = p.word(k);
            if (!Character.isLetter(w.codePointAt(0)) || p.is(k, Kind.STOP) || p.isVerbShaped(k) || p.isCue(k, SpeechCue.VERB)
                    || ++lowercase > MAX_LOWERCASE) return -1;
            k++;
        }
        return -1;
    }

    /**
     * The comma closing a second title that opens at token {@code i} in lower case ({@code rekan penulis studi
     * tersebut}, {@code direktur Pusat Iklim}) when a name follows that comma and ends there ({@code , Rina
     * Kusuma.}, {@code , Rina Kusuma yang dikutip ...}); else -1. The title holds words only: no verb, no {@code yang}, no other mark.
     */
    static int end(Passage p, int i, int limit) {
        if (i >= limit || !Character.isLowerCase(p.word(i).codePointAt(0))) return -1;
        for (int k = i; k < limit && k - i <= MAX_SECOND_TITLE_WORDS; k++) {
            if (p.paragraphBreakBefore(k)) return -1;
            if (p.isPunct(k, ",")) {
                if (k == i || k + 1 >= limit || !NameWords.isNameWord(p, k + 1)) return -1;
                int e = NameWords.runEnd(p, k + 1);
                return NameWords.closesName(p, e) || p.lower(e).equals("yang") ? k : -1;
            }
            String w = p.word(k);
            if (!Character.isLetter(w.codePointAt(0)) || p.lower(k).equals("yang") || p.isCue(k, SpeechCue.VERB)
                    || p.isVerbShaped(k) && !p.is(k, Kind.DEFINITE)) return -1; // "tersebut" only looks like a verb
        }
        return -1;
    }
}
