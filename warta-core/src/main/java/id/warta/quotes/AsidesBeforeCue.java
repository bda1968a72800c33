package id.warta.quotes;

import static id.warta.quotes.Phrase.MAX_ASIDE_WORDS;
import static id.warta.quotes.Phrase.MAX_PLACE_PARTS;
import static id.warta.quotes.Phrase.MAX_PLACE_WORDS;
import static id.warta.quotes.Phrase.clauseStart;
import static id.warta.quotes.Phrase.isPerson;
import static id.warta.quotes.Phrase.of;

import id.warta.language.Abbreviations;
import id.warta.quotes.Words.Kind;
import java.util.Set;

/**
 * What wire copy puts between a speaker's name and the verb of saying, which {@link PhraseBeforeCue} steps back over
 * to the name: the time and place of saying ({@code Felucia di Tangerang, Rabu, mengatakan}), an aside citing the outlet
 * ({@code Baldwin seperti dikutip New Scientist mengatakan}), academic degrees closing the name ({@code Dwi Cahyo
 * S.Pd., M.Kes. mengatakan}). Each gives the word before what it steps over, or {@code j} itself when there is none.
 */
final class AsidesBeforeCue {
    private AsidesBeforeCue() {
    }

    /**
     * The word before the time and place of saying that wire copy puts between a speaker and the
     * verb ({@code Felucia Sengky Ratna di Tangerang, Rabu, mengatakan}; {@code Wapres, dalam keterangan
     * tertulisnya di Jakarta, Kamis, mengatakan}; {@code Steve Loupatty ditemui di Gereja Immanuel, Jakarta,
     * Kamis, mengatakan}); {@code j} itself when there is none.
     */
    static int beforeCircumstance(Passage p, int j, int floor) {
        if (j - 1 < floor || !p.isPunct(j, ",")) return j;
        if (!Words.isCalendarKey(p.lower(j - 1))) return beforePlaceChain(p, j, floor);
        int i = j - 2;
        if (i >= floor && p.isPunct(i, ",")) i--;
        int at = i;
        boolean city = false; // "di Gereja Immanuel, Jakarta": a place, then its city
        while (at >= floor && i - at < MAX_PLACE_WORDS && !p.lower(at).equals("di")) {
            if (p.isPunct(at, ",") && !city) city = true;
            else if (p.isPunct(at, ".!?;:,\"“”")) break;
            at--;
        }
        if (at < floor || !p.lower(at).equals("di")) return i;
        // ", dalam keterangan tertulisnya di", "saat dihubungi di": an aside before the place, with no name in it
        int k = at - 1;
        while (k >= floor && at - k <= MAX_ASIDE_WORDS && !p.isPunct(k, ",.!?;:\"“”") && !NameWords.isNameWord(p, k)) k--;
        if (k < floor || k == at - 1) return at - 1;
        if (p.isPunct(k, ",")) return k - 1;
        return NameWords.isNameWord(p, k) ? k : at - 1;
    }

    /**
     * The word before where someone is, given as places set off by commas down to the comma at {@code j}
     * ({@code Wayan di Desa Sukamaju, Kecamatan Plosoklaten, Kabupaten Kediri, mengatakan}): after the place opened by
     * {@code di}, each part is a known place or opens with an office's word ({@code Kecamatan}); so a name after the
     * places ({@code Mantri di Sasak, Budi, mengatakan}) is no part of them. Only when a person's name opens the clause
     * before {@code di}: a description there ({@code Budi, warga di Sleman, Yogyakarta, mengaku}) is set off after its
     * name, which {@link PhraseBeforeCue} reads as an appositive. {@code j} itself when there is none.
     */
    private static int beforePlaceChain(Passage p, int j, int floor) {
        int c = j;
        for (int parts = 0; parts < MAX_PLACE_PARTS; parts++) {
            int a = c - 1;
            while (a >= floor && c - a <= MAX_PLACE_WORDS && NameWords.isNameWord(p, a)) a--;
            if (a < floor || a == c - 1 || p.paragraphBreakBefore(a + 1)) return j;
            if (p.lower(a).equals("di")) return a - 1 >= floor && isPerson(p, of(p, clauseStart(p, a, floor), a)) ? a - 1 : j;
            if (!p.isPunct(a, ",") || !(p.is(a + 1, Kind.PLACE) || p.is(a + 1, Kind.ORG))) return j;
            c = a;
        }
        return j;
    }

    /** The participles of an aside naming the outlet that relays someone's words ({@code seperti dilansir AFP}). */
    private static final Set<String> CITING = Set.of("dikutip", "dilansir", "diberitakan", "dilaporkan");
    private static final Set<String> AS = Set.of("seperti", "sebagaimana");
    /** How many tokens such an aside may run up to the verb ({@code seperti dikutip New Scientist, Selasa (18/10/2016)}). */
    private static final int MAX_CITATION_TOKENS = 14;

    /**
     * The word before an aside citing the outlet, put between a speaker and the verb ({@code Baldwin seperti dikutip
     * New Scientist, Selasa (18/10/2016) mengatakan}, {@code Seorang pejabat Rumania, seperti dilansir AFP, Jumat,
     * mengatakan}): the outlet only relays the words, the one before it says them; {@code j} itself when there is none.
     */
    static int beforeCitation(Passage p, int j, int floor) {
        for (int k = j; k - 1 > floor && j - k <= MAX_CITATION_TOKENS; k--) {
            if (p.isPunct(k, ".!?;:\"“”")) return j;
            if (CITING.contains(p.lower(k)) && AS.contains(p.lower(k - 1))) {
                int b = k - 2;
                if (p.isPunct(b, ",")) b--;
                return b >= floor && !p.paragraphBreakBefore(k - 1) ? b : j;
            }
            if (p.paragraphBreakBefore(k)) return j;
        }
        return j;
    }

    /**
     * The word before academic degrees that close a name ({@code Dwi Cahyo Kartiko S.Pd., M.Kes.}), a specialist's
     * consultant mark included ({@code dr Ratna, SpA(K)}); else {@code j}.
     */
    static int beforeDegrees(Passage p, int j, int floor) {
        int i = j;
        boolean degree = false;
        while (i >= floor) {
            if (Abbreviations.isDegree(p.word(i)) || isUndottedDegree(p, i)) {
                degree = true;
            } else if (i - 3 >= floor && p.isPunct(i, ")") && p.isPunct(i - 2, "(") && isMark(p.word(i - 1))
                    && Abbreviations.isDegree(p.word(i - 3))) {
                i -= 2; // "(K)" after "SpA": the loop steps onto the degree next
            } else if (i - 2 >= floor && p.isPunct(i - 1, "-") && isMark(p.word(i)) && Abbreviations.isDegree(p.word(i - 2))) {
                i -= 1; // "SpPD-KGEH": a subspecialty joined to the degree by a dash
            } else if (!p.isPunct(i, ",.")) {
                break;
            }
            i--;
        }
        return degree ? i : j;
    }

    private static final int MAX_UNDOTTED_DEGREE_LETTERS = 5;

    /**
     * {@code dr Ratna Sari, MKM mengungkapkan}: capitals alone after a person's name and its comma, used nowhere else in
     * the article, are a degree written without periods ({@code MKM}, {@code MARS}) that the degree list lacks, not
     * someone after the comma; a body's acronym ({@code Budi Santoso, KPK ...}) is spelt out or used again.
     */
    private static boolean isUndottedDegree(Passage p, int i) {
        String w = p.word(i);
        if (i < 2 || w.length() < 2 || w.length() > MAX_UNDOTTED_DEGREE_LETTERS || !w.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                || !p.isPunct(i - 1, ",") || !NameWords.isNameWord(p, i - 2) || p.is(i, Kind.PLACE) || p.is(i, Kind.ORG)) return false;
        int a = i - 2;
        while (a > 0 && NameWords.isNameWord(p, a - 1)) a--;
        if (NameWords.nameStart(p, a, i - 1) >= i - 1) return false;
        for (int t = 0; t < p.size(); t++) if (t != i && p.word(t).equals(w)) return false;
        return true;
    }

    /** A short capital mark after a degree, in brackets or after a dash: {@code K}, {@code KIC}, {@code KGEH}. */
    private static boolean isMark(String w) {
        return w.length() <= 4 && w.chars().allMatch(Character::isUpperCase);
    }
}
