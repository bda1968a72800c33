package id.warta.quotes;

import static id.warta.quotes.Phrase.MAX_RELATIVE_WORDS;

import id.warta.language.SpeechCue;
import id.warta.quotes.Words.Kind;
import java.util.Set;

/**
 * Where a description after a speaker's name or title ends, for {@link PhraseAfterCue}: at the {@code itu}/{@code ini}/
 * {@code tersebut} closing an apposition ({@code , 5 Februari 1990 itu}) or a relative clause ({@code yang kini berusia
 * 69 tahun tersebut}), or at the name set off by a comma after a relative clause ({@code peserta lomba yang turut hadir
 * di lokasi, Rina Wati (33)}).
 */
final class DescriptionEnds {
    private DescriptionEnds() {
    }

    /** The most tokens between an apposition's comma and the word pointing back ({@code , 5 Februari 1990 itu}). */
    private static final int MAX_APPOSITION_TOKENS = 6;

    /**
     * The closing {@code itu}/{@code ini}/{@code tersebut} of an apposition from token {@code k} on: capitalised
     * words (names, months), numbers and commas only ({@code Portugal, tersebut}, {@code 5 Februari 1990 itu}), then a mark or the phrase's
     * limit; else -1.
     */
    static int closingPointer(Passage p, int k, int limit) {
        for (int n = k; n < limit && n - k <= MAX_APPOSITION_TOKENS && !p.paragraphBreakBefore(n); n++) {
            if (n > k && p.is(n, Kind.DEFINITE)) return n + 1 >= limit || p.isPunct(n + 1, ".,!?;") ? n : -1;
            String w = p.word(n);
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals(",") && !w.chars().allMatch(Character::isDigit)) return -1;
        }
        return -1;
    }

    /**
     * The closing {@code itu}/{@code ini}/{@code tersebut} of a relative clause opened by {@code yang} at token {@code y}
     * ({@code yang kini berusia 69 tahun tersebut}): at most {@link Phrase#MAX_RELATIVE_WORDS} words, numbers and names between,
     * then a mark or the phrase's limit; else -1.
     */
    static int relativeClauseEnd(Passage p, int y, int limit) {
        for (int k = y + 1; k < limit && k - y <= MAX_RELATIVE_WORDS + 1 && !p.paragraphBreakBefore(k); k++) {
            if (!Character.isLetterOrDigit(p.word(k).codePointAt(0))) return -1;
            if (k > y + 1 && p.is(k, Kind.DEFINITE)) return k + 1 >= limit || p.isPunct(k + 1, ".,!?;") ? k : -1;
        }
        return -1;
    }

    /** Words of a relative clause that bring in someone else, whose name the comma may bring instead. */
    private static final Set<String> COMPANIONS = Set.of("bersama", "didampingi", "mendampingi", "dengan", "oleh", "kepada");

    /**
     * The first token of the name set off by a comma after a described one's relative clause opened by {@code yang}
     * at token {@code y} ({@code peserta lomba yang turut hadir di lokasi, Rina Wati (33)}): words of the clause with
     * no verb of saying and no other mark, the comma, then a person's name of two words at least or with an age in
     * brackets, closing the phrase; else -1. One word alone may be a weekday ({@code , Senin.}). A clause bringing in a
     * companion ({@code yang didampingi kuasa hukumnya, Budi}) or a body's common word ({@code klub}) may name that one
     * instead.
     */
    static int relativeClauseHolder(Passage p, int y, int limit) {
        int k = y + 1;
        while (k < limit && k - y <= MAX_RELATIVE_WORDS + 1 && !p.paragraphBreakBefore(k)
                && Character.isLetterOrDigit(p.word(k).codePointAt(0)) && !p.isCue(k, SpeechCue.VERB)
                && !p.lower(k).equals("yang")) {
            if (COMPANIONS.contains(p.lower(k))) return -1; // "yang didampingi kuasa hukumnya, Budi": Budi is another
            k++;
        }
        if (k == y + 1 || k + 1 >= limit || !p.isPunct(k, ",") || !NameWords.isNameWord(p, k + 1)) return -1;
        // "yang menjabat presiden klub Serie A, Inter Milan": the comma may name the body the clause speaks of
        for (int w = y + 1; w < k; w++) if (Character.isLowerCase(p.word(w).codePointAt(0)) && p.is(w, Kind.ORG)) return -1;
        int n = k + 1, e = NameWords.runEnd(p, n);
        if (NameWords.nameStart(p, n, e) != n) return -1;
        return NameWords.isAgeInBrackets(p, e) || e - n >= 2 && NameWords.closesName(p, e) ? n : -1;
    }
}
