package id.warta.quotes;

import id.warta.language.Abbreviations;
import id.warta.language.SpeechCue;
import id.warta.quotes.Words.Kind;

/**
 * Where a passage's words make a name, and the title or role written before or after it: which words may be part
 * of a name ({@code Galar}, not a capitalised {@code Pernyataan} opening a sentence), where a run of them opens and
 * ends, and the role words that introduce a person ({@code hakim Sunoto}, {@code Rifky, manajer tim Unnes}).
 * Whether a word may be part of a name is worked out once per passage ({@link Passage}).
 */
final class NameWords {
    /** How far back a role word may stand before the name it introduces ({@code hakim Sunoto}). */
    private static final int ROLE_REACH = 8;
    /** Plain lowercase words a title may hold before its holder's name ({@code pelatih speed Indonesia}). */
    private static final int MAX_PLAIN_IN_TITLE = 2;
    /** Longest person name part we accept from capitalised words. */
    private static final int MAX_NAME_WORDS = 5;

    /** The answers {@link Passage#nameWord} caches per token. */
    private static final byte UNDECIDED = 0, NAME = 1, NO_NAME = 2;

    private NameWords() {
    }

    /**
     * Whether token {@code i} can be part of a name: a capitalised word that is not a function
     * word or a cue ({@code Seorang}, {@code Ujarnya}), nor a common word capitalised only
     * because it opens a sentence ({@code Pernyataan}).
     */
    static boolean isNameWord(Passage p, int i) {
        byte known = p.nameWord[i];
        if (known == UNDECIDED) p.nameWord[i] = known = computeIsNameWord(p, i) ? NAME : NO_NAME;
        return known == NAME;
    }

    /** Whether token {@code i}'s answer is still to be worked out (nothing asked or marked yet). */
    static boolean undecided(Passage p, int i) {
        return p.nameWord[i] == UNDECIDED;
    }

    /** Makes token {@code i} a name word, as what the entity layer tags tells ({@link TaggedNameWords}). */
    static void markName(Passage p, int i) {
        p.nameWord[i] = NAME;
    }

    private static boolean computeIsNameWord(Passage p, int i) {
        if (!mayBeNameWord(p, i)) return false;
        if (p.startsSentence(i) || i > 0 && p.isPunct(i - 1, "\"“”")) {
            if (!mayOpenName(p, i)) return false;
            // capitalised only because it opens a sentence, unless the article also capitalises it
            // inside one, or it opens a longer name (Olaf Scholz), or it is a known kind of word
            if (p.isCommonWord(i)) return false;
            return p.isCapitalisedInside(i) || p.is(i, Kind.ROLE) || p.is(i, Kind.ORG) || p.is(i, Kind.PLACE)
                    || i + 1 < p.size() && isCapitalisedWord(p.word(i + 1)) && !p.paragraphBreakBefore(i + 1);
        }
        return true;
    }

    /** Whether token {@code i} may be a name word anywhere: capitalised, a letter first, no function word or cue. */
    static boolean mayBeNameWord(Passage p, int i) {
        int c = p.word(i).codePointAt(0);
        if (!Character.isUpperCase(c) || !Character.isLetter(c) || Words.isCalendarKey(p.lower(i))
                || p.is(i, Kind.STOP) && !isGivenNameDan(p, i)) return false;
        // "dr Ratna, SpA(K)": a degree closes a name and is none, nor is the consultant's mark after it
        if (Abbreviations.isDegree(p.word(i)) || i >= 2 && p.isPunct(i - 1, "(") && Abbreviations.isDegree(p.word(i - 2))) return false;
        if (opensDeterminer(p, i)) return false;
        return !(p.is(i, Kind.DETERMINER) || p.invertedBase(i) != null || p.isCue(i, SpeechCue.VERB)
                || p.isCue(i, SpeechCue.PHRASE));
    }

    /**
     * {@code ahli geologi Dan Shugar}, {@code pemilik klub, Dan Friedkin}: {@code Dan} written capitalised inside a
     * sentence, after a lowercase word or a comma and before a capitalised word, is a given name; the conjunction
     * is written small there, and capitalised only inside a name written in title case ({@code Pemuda Dan Olahraga}).
     */
    private static boolean isGivenNameDan(Passage p, int i) {
        if (!p.word(i).equals("Dan") || i == 0 || i + 1 >= p.size() || p.startsSentence(i) || p.paragraphBreakBefore(i + 1)) return false;
        String before = p.word(i - 1);
        return (before.equals(",") || Character.isLowerCase(before.codePointAt(0))) && isCapitalisedWord(p.word(i + 1));
    }

    /**
     * Whether token {@code i} opens a two-word determiner written capitalised after a lowercase word, as after a cue
     * ({@code kata Salah satu warga}, {@code ujar Salah seorang petugas}): a description follows, no name.
     */
    private static boolean opensDeterminer(Passage p, int i) {
        return (i == 0 || !isCapitalisedWord(p.word(i - 1))) && p.isTwoWords(i, Kind.DETERMINER);
    }

    /**
     * Whether such a word may still be a name where a sentence or a quote opens: no pronoun, adverb or verb form.
     * A word shaped like a verb is a name all the same when the article only ever writes it capitalised, and
     * does so inside sentences too (Giorgia Meloni ... Meloni menyindir; Dimitri), as no verb is written;
     * a body's head word (Direktorat) stays out, as the body it opens is read whole elsewhere.
     */
    static boolean mayOpenName(Passage p, int i) {
        if (p.is(i, Kind.PRONOUN) || p.is(i, Kind.ADVERB) || p.is(i, Kind.DEFINITE)) return false;
        String lower = p.lower(i);
        return !(lower.endsWith("nya") || lower.length() >= 5 && !p.is(i, Kind.NOUN) && !p.is(i, Kind.ROLE)
                && Phrase.hasVerbPrefix(lower) && (p.is(i, Kind.ORG) || !p.isOnlyCapitalised(i))); // "Nantinya", "Ditambahkan Harris"
    }

    /**
     * An initial ({@code H}) or a short title ({@code Pol}, {@code Plt}) that a full stop may follow inside a name.
     * A short title that is a whole word ({@code Gus}, {@code Raja}, {@code Pak}) is written short only inside a
     * title ({@code Kombes Pol. Budi}): after anything else its full stop ends the sentence ({@code kata Gus. Bolu
     * Meranti merupakan ...}); one with no vowel ({@code Plt}, {@code Pj}) is no word and always short.
     */
    private static boolean isAbbreviation(Passage p, int i) {
        String w = p.word(i);
        if (w.length() == 1) return true;
        if (w.length() > 4 || !p.is(i, Kind.ROLE)) return false;
        return w.chars().noneMatch(c -> "aeiouAEIOU".indexOf(c) >= 0) || i > 0 && isNameWord(p, i - 1);
    }

    private static boolean isCapitalisedWord(String w) {
        return Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0));
    }

    /**
     * Whether tokens {@code i..i+2} are an age in brackets, as news sets it after a name ({@code Darto (47)}): a number
     * of at most three digits.
     */
    static boolean isAgeInBrackets(Passage p, int i) {
        if (i < 0 || i + 2 >= p.size() || !p.isPunct(i, "(") || !p.isPunct(i + 2, ")")) return false;
        String age = p.word(i + 1);
        return age.length() <= 3 && age.chars().allMatch(Character::isDigit);
    }

    /** The end (exclusive) of the run of name words starting at {@code a}: {@code Annalena Baerbock}, {@code Ibnu bin Ali}. */
    static int runEnd(Passage p, int a) {
        int i = a + 1;
        while (i < p.size() && !p.paragraphBreakBefore(i)) {
            if (isNameWord(p, i)) {
                i++;
                continue;
            }
            int titled = smallTitleAfter(p, i);
            if (titled > 0) {
                i = titled;
                continue;
            }
            String w = p.word(i);
            boolean bridge = i + 1 < p.size() && isNameWord(p, i + 1) && !p.paragraphBreakBefore(i + 1)
                    && (p.is(i, Kind.CONNECTOR) && Character.isLowerCase(w.codePointAt(0))
                        || w.equals(".") && isAbbreviation(p, i - 1)); // "H. Ahmad", "Kombes Pol. Zahwani"
            if (!bridge) break;
            i++;
        }
        return i;
    }

    /**
     * The token of the name after a second title written small behind a first one's full stop at {@code i}
     * ({@code Dr. dr. Ratna}, {@code Prof. dr. Ratna}, {@code Prof. drg. Ratna}), as health news titles a doctor with a
     * doctorate; -1 when none follows. The small title is no name word, so the run would end on the first title.
     */
    private static int smallTitleAfter(Passage p, int i) {
        if (i < 1 || !isShortTitle(p, i - 1) || !Character.isUpperCase(p.word(i - 1).codePointAt(0))) return -1;
        int small = p.isPunct(i, ".") ? i + 1 : i; // the first title's full stop, when written apart
        if (small == i && !p.word(i - 1).endsWith(".") || small >= p.size() || !isShortTitle(p, small)
                || !Character.isLowerCase(p.word(small).codePointAt(0))) return -1;
        int name = small + 1 < p.size() && p.isPunct(small + 1, ".") ? small + 2 : small + 1;
        return name < p.size() && !p.paragraphBreakBefore(name) && isNameWord(p, name) ? name : -1;
    }

    /** Whether token {@code i} is a title of at most four letters, its full stop on it or not ({@code Dr.}, {@code dr}). */
    private static boolean isShortTitle(Passage p, int i) {
        String w = p.word(i), stem = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return !stem.isEmpty() && stem.length() <= 4 && (p.is(i, Kind.ROLE) || Words.is(stem, Kind.ROLE));
    }

    /**
     * Where the person's own name starts in the run {@code [a, b)}: after the last role, office,
     * organisation or place word and acronym ({@code Kanselir Jerman Olaf Scholz} → {@code Olaf}).
     * Returns {@code b} when the run names no person.
     */
    static int nameStart(Passage p, int a, int b) {
        int head = b; // the first role or organisation word: after it, Agama and Negara are its words
        for (int i = a; i < b && head == b; i++) if (p.is(i, Kind.ROLE) || p.is(i, Kind.ORG)) head = i;
        if (head == b && continuesTitle(p, a)) head = a - 1; // "Menteri Pemuda dan | Olahraga Imam Nahrawi"
        int k = b;
        while (k > a && (isPersonalWord(p, k - 1) && !(k - 1 > head && p.is(k - 1, Kind.ORGPART)))
                && b - (k - 1) <= MAX_NAME_WORDS) k--;
        while (k < b && !isNameWord(p, k)) k++; // a name does not open on a connector or a full stop
        // "Bank Mandiri Rohan Hafas": the word after an organisation word belongs to the organisation
        if (k > a && p.is(k - 1, Kind.ORG) && fullWords(p, k, b) >= 3) k++;
        return k;
    }

    /**
     * Whether the run at {@code a} goes on a title or a body's name cut by {@code dan} or {@code serta}
     * ({@code Menteri Pemuda dan Olahraga}, {@code Menteri Pendidikan dan Kebudayaan}, {@code Menteri Komunikasi dan
     * Digital Meutya Hafid}): the word just before that conjunction is a body's, or the capitalised words before it
     * hold a role or organisation word, so its words of a body ({@code Olahraga}) are the title's too. So does a run
     * right after a short title in brackets ({@code Menteri Koordinator (Menko) Kemaritiman, Rizal Ramli}): the short
     * form cut the title, and the words after it are not its holder's name.
     */
    static boolean continuesTitle(Passage p, int a) {
        if (a >= 3 && p.isPunct(a - 1, ")") && p.isPunct(a - 3, "(") && p.is(a - 2, Kind.ROLE)) return true;
        if (a < 2 || !p.word(a - 1).equals("dan") && !p.word(a - 1).equals("serta")) return false;
        if (p.is(a - 2, Kind.ORGPART) || p.is(a - 2, Kind.ROLE) || p.is(a - 2, Kind.ORG)) return true;
        for (int i = a - 2; i >= 0 && a - 2 - i < MAX_NAME_WORDS && isNameWord(p, i); i--) {
            if (p.is(i, Kind.ROLE) || p.is(i, Kind.ORG)) return true;
        }
        return false;
    }

    /** How many words of {@code [a, b)} are more than an initial ({@code Surya K. Wibowo}: two). */
    private static int fullWords(Passage p, int a, int b) {
        int n = 0;
        for (int i = a; i < b; i++) if (p.word(i).length() > 1 && !isInitial(p.word(i))) n++;
        return n;
    }

    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /**
     * The end of a person's name that opens the run {@code [a, b)} before the title that follows it, as
     * scraped text writes it once its comma is lost ({@code Anggar B. Nurani Deputi Komisioner ... OJK});
     * -1 when the run does not open so: the name is personal words only, a role word follows it.
     */
    static int nameBeforeTitle(Passage p, int a, int b) {
        int k = a;
        while (k < b && k - a < MAX_NAME_WORDS && isPersonalWord(p, k) && !p.is(k, Kind.ORGPART)) k++;
        while (k > a && p.word(k - 1).equals(".") && !isAbbreviation(p, k - 2)) k--;
        return k > a && k < b && p.is(k, Kind.ROLE) && isNameWord(p, k - 1) ? k : -1;
    }

    /** Whether a character of {@code w} is a digit (a loop: asked of most words, where a stream cost an allocation). */
    private static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++) if (Character.isDigit(w.charAt(k))) return true;
        return false;
    }

    private static boolean isPersonalWord(Passage p, int i) {
        String w = p.word(i);
        if (w.equals(".")) return true;
        if (p.is(i, Kind.CONNECTOR) && Character.isLowerCase(w.codePointAt(0))) return true;
        if (p.is(i, Kind.ROLE) || p.is(i, Kind.ORG) || p.is(i, Kind.PLACE)) return false;
        if (isInitial(w)) return true; // Penny K. Lukito
        if (w.indexOf('.') > 0 || hasDigit(w)) return false; // Alfacart.com, Auto2000
        return !isAcronym(w);
    }

    /** A word that may be a person's: capitalised, letters only, no role, body or place word, no acronym. */
    static boolean mayBePersons(String w) {
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && w.chars().allMatch(Character::isLetter)
                && !isAcronym(w) && !Words.is(w, Kind.ROLE) && !Words.is(w, Kind.ORG) && !Words.is(w, Kind.PLACE)
                && !Words.is(w, Kind.ORGPART);
    }

    /** {@code KPK}, {@code PDI-P}, {@code APPKKi}: mostly capitals, as abbreviations are and names are not. */
    static boolean isAcronym(String w) {
        if (w.length() < 2) return false;
        int letters = 0, capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) letters++;
            if (Character.isUpperCase(c)) capitals++;
        }
        return capitals >= 2 && capitals * 4 >= letters * 3;
    }

    /**
     * The role word introducing the name at token {@code k}, or -1: {@code hakim Sunoto},
     * {@code Presiden terpilih AS Donald Trump}, {@code pelatih speed Indonesia, Galar}. Between them
     * stand only names, titles and organisation words, at most one comma and a few plain words.
     */
    static int roleBefore(Passage p, int k) {
        int commas = 0, plain = 0;
        for (int i = k - 1; i >= 0 && k - i <= ROLE_REACH; i--) {
            if (p.paragraphBreakBefore(i + 1) && i + 1 < k) return -1;
            String w = p.word(i);
            if (p.is(i, Kind.ROLE)) return i;
            if (p.isPunct(i, ",")) {
                if (++commas > 1) return -1;
            } else if (p.isPunct(i, "()&")) {
                continue;
            } else if (!Character.isLetter(w.codePointAt(0))) {
                return -1;
            } else if (Character.isLowerCase(w.codePointAt(0)) && !p.lower(i).equals("dan") && (endsTitle(p, i)
                    || !p.is(i, Kind.ORGPART) && (p.is(i, Kind.STOP) || p.isVerbShaped(i) || ++plain > MAX_PLAIN_IN_TITLE))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A lower-case function word that is also a body's word only when capitalised ({@code Kementerian Dalam Negeri}):
     * written small it ends a title ({@code dr Wulan dalam acara The Forum}: the forum is introduced by no role).
     */
    private static boolean endsTitle(Passage p, int i) {
        return p.is(i, Kind.STOP) && p.is(i, Kind.ORGPART);
    }

    /** {@code Patty O'Brien-Carrier, seorang pekebun,}, {@code Rifky, manajer tim Unnes}: a role set after the name. */
    static boolean roleAfter(Passage p, int b) {
        if (b + 1 >= p.size() || !p.isPunct(b, ",")) return false;
        int i = b + 1;
        if (p.is(i, Kind.DETERMINER) && i + 1 < p.size()) i++;
        return p.is(i, Kind.ROLE);
    }

    /**
     * Whether a name set off by a comma after a title ends at token {@code e}: the text's end, a mark, or a function
     * word other than {@code dan}, which would add another name ({@code , Wulan Sari dan Budi}).
     */
    static boolean closesName(Passage p, int e) {
        return e >= p.size() || p.isPunct(e, ".,;!?") || p.is(e, Kind.STOP) && !p.lower(e).equals("dan");
    }
}
