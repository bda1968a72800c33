package id.warta.quotes;

import static id.warta.quotes.Phrase.MAX_TOKENS;
import static id.warta.quotes.Phrase.NONE;
import static id.warta.quotes.Phrase.hasRole;
import static id.warta.quotes.Phrase.isHoldersTitle;

import id.warta.language.SpeechCue;
import id.warta.quotes.Phrase.Form;
import id.warta.quotes.Words.Kind;
import java.util.Set;

/**
 * Reads the words that name a speaker after an inverted cue ({@code kata ketua majelis hakim Rios Rahmanto di ...},
 * {@code tambah laporan itu}): a walk over a title, a description and a name, token by token.
 */
final class PhraseAfterCue {
    /** Ranks and titles before a name after the comma ({@code , AKP Arif}, {@code , Kombes Pol. Budi}, {@code , Prof Dr dr Budi}). */
    private static final int MAX_RANKS = 3;
    /** Lowercase words in a speaker phrase: {@code salah satu staf}, {@code ketua majelis hakim}. */
    static final int MAX_LOWERCASE = 6;
    /** Joins that may add a second person rather than a second title of one ({@code dan}, {@code serta}). */
    private static final Set<String> ADDING_JOINS = Set.of("dan", "serta");

    /** The most words a second field of knowledge after {@code dan} takes ({@code hukum tata negara}). */
    private static final int MAX_FIELD_WORDS = 3;

    private PhraseAfterCue() {
    }

    /** The speaker named from token {@code i} on, read no further than {@code limit} ({@link Phrase#after}). */
    static Phrase read(Passage p, int i, int limit) {
        return new Walk(p, i, limit).read();
    }

    /** What one step of a {@link Walk} decided: go on to the next rule, read on, stop reading, or the phrase is found. */
    private enum Step { NEXT, ON, STOP, FOUND }

    /**
     * The reading of {@link Phrase#after}: a walk over the tokens of a title, a description and a name, each step trying the
     * rules for the token at {@code j} in turn.
     */
    private static final class Walk {
        private final Passage p;
        private final int i, limit;
        private int j, nameStart = -1, nameEnd = -1, lowercase, kin = -1;
        /**
         * Tokens of short forms in brackets read inside the title ({@code (WNI)}, {@code (Kemlu)}): they name no new
         * words of it, so they do not count towards {@link Phrase#MAX_TOKENS}: a long office with two of them
         * ({@code Direktur Perlindungan Warga Negara Indonesia (WNI) dan Badan Hukum Indonesia Kementerian Luar Negeri
         * (Kemlu) RI, Budi}) still reaches its holder's name.
         */
        private int shortForms;
        private boolean person, described, titled, afterBody;
        private Phrase found = NONE;

        Walk(Passage p, int i, int limit) {
            this.p = p;
            this.i = i;
            this.limit = limit;
            this.j = i;
        }

        Phrase read() {
            while (j < limit && j - i - shortForms < MAX_TOKENS && (j == i || !p.paragraphBreakBefore(j))) {
                Step step = step();
                if (step == Step.FOUND) return found;
                if (step == Step.STOP) break;
            }
            // "ujar keponakan Timang": an unnamed relative speaks, not Timang
            if (nameStart >= 0 && kin >= 0 && nameStart == kin + 1) return new Phrase(Form.ROLE, i, nameEnd, -1, -1);
            if (nameStart >= 0) return new Phrase(Form.NAME, i, nameEnd, nameStart, nameEnd);
            int end = j;
            while (end > i && !Character.isLetterOrDigit(p.word(end - 1).codePointAt(0))) end--;
            if (end <= i || !described) return NONE;
            return new Phrase(Form.ROLE, i, end, -1, -1);
        }

        private Step step() {
            int handle = AccountHandles.afterAccountWord(p, j, limit);
            // "tulis akun Instagram @budi_santoso", "kata pemilik akun X @warga_bdg": the account as written speaks,
            // described by its handle; the platform's name is no one's
            if (handle > 0 && !person) return found(new Phrase(Form.ROLE, i, handle + 1, -1, -1));
            // "...," ujar @budi_santoso: a handle right after the cue is the account speaking, its platform unsaid
            int handleEnd = j == i ? AccountHandles.end(p, j, limit) : -1;
            if (handleEnd > 0) return found(new Phrase(Form.ROLE, i, handleEnd, -1, -1));
            if (NameWords.isNameWord(p, j)) return nameRun();
            Step step = describedOnesName();
            if (step == Step.NEXT) step = appositionPointingBack();
            if (step == Step.NEXT && p.word(j).equals(",")) step = comma();
            if (step == Step.NEXT) step = titleGoesOn();
            if (step == Step.NEXT) step = affiliation();
            if (step == Step.NEXT && p.is(j, Kind.DEFINITE) && j > i
                    && (nameStart < 0 || !person || (titled || lowercase > 0) && nameStart > i)) {
                // "laporan itu", "politisi senior Fraksi Golkar ini": a description pointing back; so is one opened
                // by common words, the name only what it is of ("orang kepercayaan legenda MotoGP Valentino Rossi ini")
                return found(new Phrase(Form.ROLE, i, j + 1, -1, -1));
            }
            if (step == Step.NEXT) step = numberInDescription();
            if (step == Step.NEXT) step = titleRunsOn();
            return step == Step.NEXT ? word() : step;
        }

        private Step found(Phrase phrase) {
            found = phrase;
            return Step.FOUND;
        }

        /** A run of capitalised words: a person's name, a name before its title, a body named whole, or a title. */
        private Step nameRun() {
            int e = NameWords.runEnd(p, j);
            int body = person || hasRole(p, j, e) ? e : BodiesInTitles.bodyRunEnd(p, j, limit);
            if (body > e) {
                // "kata sejarawan University of Oxford, Natalia Doan": a run with no title in it joined to the next by a
                // small English word is one body's name, named whole; its holder's name may still follow the comma. A
                // title so joined ("Head of Research X Budi") is read word by word as before
                if (nameStart < 0) {
                    nameStart = j;
                    nameEnd = body;
                }
                titled |= hasRole(p, j, body);
                j = body;
                return Step.ON;
            }
            int k = NameWords.nameStart(p, j, e);
            int before = k < e || person ? -1 : NameWords.nameBeforeTitle(p, j, e);
            if (k < e) {
                nameStart = k;
                nameEnd = e;
                person = true;
                afterBody = k > j && p.is(k - 1, Kind.ORG);
            } else if (before > 0) { // "kata Anggar B. Nurani Deputi Komisioner IKNB I OJK": the name, then its title
                nameStart = j;
                nameEnd = before;
                person = true;
            } else if (!person && !hasRole(p, j, e)) {
                nameStart = j; // an organisation named whole: Pemerintah, MU; a person's name may still follow
                nameEnd = e;
            } else {
                described = true;
            }
            titled |= hasRole(p, j, e);
            j = e;
            if (j + 2 < limit && p.word(j).equals("(") && p.word(j + 2).equals(")")) { // (Bapanas)
                j += 3;
                shortForms += 3;
            }
            if (j < limit && p.word(j).equals("&") && j + 1 < limit && NameWords.isNameWord(p, j + 1)) j++;
            return Step.ON;
        }

        private Step describedOnesName() {
            if (!described || person) return Step.NEXT;
            // "kata seorang warga bernama Rudi Tamba", "kata salah satu penumpang KCIC yakni Rani", "ujar salah
            // satu pedagang di sekitar lokasi bernama Yanti": the described one's name, after where they are
            int nick = GivenNames.nameStart(p, GivenNames.afterPlace(p, j, limit), limit);
            if (nick < 0) return Step.NEXT;
            int e = NameWords.runEnd(p, nick);
            return found(new Phrase(Form.NAME, i, e, nick, e));
        }

        private Step comma() {
            // "Ipda Budi Santoso, Kanit Reskrim Polsek Cempaka": the ranked one's unit title follows the name
            if (person && titled && j + 1 < limit && isHoldersTitle(p, j + 1, NameWords.runEnd(p, j + 1))) return Step.STOP;
            // "peneliti utama, Tofail Syed", "COO BPI Danantara, Dony Oskaria": a title, then the name,
            // taken whole whatever its words ("..., I Nyoman Gede Surya Mataram")
            // "Kanit Lantas Polsek Grogol Petamburan, AKP Arif Rahman Hakim": a rank may open the name
            int n = j + 1;
            for (int ranks = 0; titled && ranks < MAX_RANKS && n < limit && isRank(p, n); ranks++) {
                // "Dr. dr. Ratna Wulandari": a second title after the first still opens the name
                int next = n + 1 < limit && p.isPunct(n + 1, ".") ? n + 2 : n + 1;
                if (next >= limit || !NameWords.isNameWord(p, next) && !isRank(p, next)) break;
                n = next;
            }
            if (j <= i || n >= limit || !NameWords.isNameWord(p, n) || person && !titled) return Step.STOP;
            int e = NameWords.runEnd(p, n);
            if (titled && n == j + 1 && BodiesInTitles.listInTitle(p, e, limit)) {
                j = p.is(e + 1, Kind.TITLEJOIN) ? e + 1 : e; // one field of the body's list; its dan joins the last
                return Step.ON;
            }
            if (titled && NameWords.closesName(p, e)) {
                j = e;
                // "Ketua RT 18, RW 14, Klaster Anggrek JGC, Jakarta Timur, Wahyu Andre,": a unit, the title goes on
                if (NumberedTitles.unitBeforeHolder(p, i, n, e, limit)) return Step.ON;
                nameStart = n;
                nameEnd = e;
                person = true;
                return Step.STOP;
            }
            j++;
            return Step.ON;
        }

        /**
         * A year or number inside a description that points back ({@code peraih medali emas Olimpiade 2004 Athena
         * itu}, {@code juara dunia 2019 ini}): the description runs over it, through name words and numbers only, to
         * its closing {@code itu}/{@code ini}; the name before the number is only what the description is of, as
         * it is for a description closed with no number ({@code orang kepercayaan legenda MotoGP Valentino Rossi ini}).
         */
        private Step numberInDescription() {
            if (!described && lowercase == 0 || person && !((titled || lowercase > 0) && nameStart > i)
                    || !p.word(j).chars().allMatch(Character::isDigit)) return Step.NEXT;
            int k = j;
            while (k < limit && k - i < MAX_TOKENS && !p.paragraphBreakBefore(k)
                    && (NameWords.isNameWord(p, k) || NumberedTitles.isNumberOrDash(p.word(k)))) k++;
            // "kata pemain 29 tahun tersebut": an age in years written without "berusia" closes the description too
            if (k + 1 < limit && p.lower(k).equals("tahun") && p.word(k - 1).chars().allMatch(Character::isDigit)) k++;
            if (k >= limit || k - i >= MAX_TOKENS || p.paragraphBreakBefore(k) || !p.is(k, Kind.DEFINITE)) return Step.NEXT;
            return found(new Phrase(Form.ROLE, i, k + 1, -1, -1));
        }

        /**
         * A description opened by common words whose name is only what it is of, then a place or date in apposition
         * or where it stands, closed by a word pointing back ({@code pemain kelahiran Porto, 5 Mei 1990 itu},
         * {@code pria asal Braga, Portugal, tersebut}, {@code mantan asisten Budi Santoso di Timnas itu}): the whole
         * phrase points back, as {@code orang kepercayaan legenda MotoGP Valentino Rossi ini} does; no name in it speaks.
         */
        private Step appositionPointingBack() {
            if (j <= i || nameStart <= i || !(titled || lowercase > 0)
                    || !p.isPunct(j, ",") && !p.is(j, Kind.AFFILIATION)) return Step.NEXT;
            int closing = DescriptionEnds.closingPointer(p, j + 1, Math.min(limit, i + MAX_TOKENS));
            return closing > 0 ? found(new Phrase(Form.ROLE, i, closing + 1, -1, -1)) : Step.NEXT;
        }

        /** A word joining two titles of one holder. */
        private Step titleGoesOn() {
            if (!p.is(j, Kind.TITLEJOIN)) return Step.NEXT;
            if (titled && j + 1 < limit && NameWords.isNameWord(p, j + 1)) {
                // "Deputi Bidang Transformasi Hijau dan Digital Otorita IKN, Agung Indrajit",
                // "Pendiri sekaligus Festival Director Balinale, Deborah Gabinetti"
                j++;
                return Step.ON;
            }
            if ((titled || described) && (!person || afterBody)) {
                // "analis komoditas dan mata uang, Budi", "ahli X Universitas Y dan rekan penulis studi tersebut, Rina
                // yang ...": a second title in lower case, then the comma that brings the holder of both (a word
                // after a body's head, Universitas Andalas, is no person then)
                int comma = SecondTitles.end(p, j + 1, limit);
                if (comma > 0) {
                    nameStart = comma + 1;
                    nameEnd = NameWords.runEnd(p, comma + 1);
                    person = true;
                    return Step.STOP;
                }
            }
            // "perwakilan FPKL sekaligus mantan anggota Koperasi X Rina Marlina": a second title opened by a role in
            // lower case, its holder's name closing it with no comma, is the holder of both titles; after "dan" the
            // second title may be a second speaker's
            int holder = !person && (titled || described || lowercase > 0) && !ADDING_JOINS.contains(p.lower(j))
                    && j + 1 < limit && p.is(j + 1, Kind.ROLE)
                    ? SecondTitles.holder(p, j + 1, Math.min(limit, i + MAX_TOKENS)) : -1;
            if (holder > 0) {
                nameEnd = NameWords.runEnd(p, holder);
                nameStart = NameWords.nameStart(p, holder, nameEnd);
                person = true;
                return Step.STOP;
            }
            return fieldsHolder();
        }

        /**
         * "pakar gigitan ular dan toksikologi Rina", "pengamat hukum dan tata negara Budi": after a described one's
         * field and {@code dan}, a second field in lower case with no role word in it, then a name closing the
         * phrase with no comma: the name is the holder of both fields, not a second speaker's.
         */
        private Step fieldsHolder() {
            if (person || !titled || lowercase == 0 || !ADDING_JOINS.contains(p.lower(j))) return Step.NEXT;
            int k = j + 1, words = 0;
            for (; k < limit && words <= MAX_FIELD_WORDS && isFieldWord(p, k); k++) words++;
            if (words == 0 || words > MAX_FIELD_WORDS || k >= limit || !NameWords.isNameWord(p, k)) return Step.NEXT;
            int e = NameWords.runEnd(p, k), start = NameWords.nameStart(p, k, e);
            if (start >= e) return Step.NEXT;
            nameStart = start;
            nameEnd = e;
            person = true;
            return Step.STOP;
        }

        /**
         * "ahli Mesir kuno Rina Marlina", "pakar sastra Jawa klasik, Budi", "peneliti sejarah Melayu lama dari
         * Universitas X, Rina": a capitalised word (a place, a people) after a title, then lower-case words of the
         * field, is the field's, no body speaking: the description reads on to its holder's name, if it has one.
         */
        private Step fieldAroundPlace() {
            if (!isFieldWord(p, j) || ++lowercase > MAX_LOWERCASE) return Step.STOP;
            nameStart = -1;
            nameEnd = -1;
            described = true;
            j++;
            return Step.ON;
        }

        /** Where the titled one works ({@code di}, {@code dari}), then the name. */
        private Step affiliation() {
            if (!titled || person || !p.is(j, Kind.AFFILIATION) || j + 1 >= limit || !NameWords.isNameWord(p, j + 1)) {
                return Step.NEXT;
            }
            // "Ekonom Senior di Mizuho Research Institute, Saisuke Sakai": where the titled one works, then the name
            int e = BodiesInTitles.bodyRunEnd(p, j + 1, limit);
            // "Jaksa dari Kejaksaan Negeri (Kejari) Cilegon, Risky Khairullah": the body's short form in brackets
            // inside its name, then the name's last words
            int bracketed = e, afterShortForm = -1;
            while (bracketed + 3 < limit && p.word(bracketed).equals("(") && p.word(bracketed + 2).equals(")")
                    && NameWords.isNameWord(p, bracketed + 3)) {
                afterShortForm = bracketed + 3;
                bracketed = NameWords.runEnd(p, afterShortForm);
            }
            for (int end : new int[] {e, bracketed}) {
                if (end + 1 < limit && p.isPunct(end, ",") && NameWords.isNameWord(p, end + 1)) {
                    j = end;
                    return Step.ON;
                }
            }
            // "kata ekonom dari Institute for X (IX) Budi Santoso saat ...": the body's short form closes its name, and
            // a person's name after it, with no comma, is the titled one's
            if (afterShortForm > 0 && bracketed - afterShortForm >= 2
                    && NameWords.nameStart(p, afterShortForm, bracketed) == afterShortForm) {
                j = afterShortForm;
                return Step.ON;
            }
            // "kata pemandu di Museum Kereta yang ...", "peneliti dari Universitas Gadjah Mada": a body's head word and
            // its name, no one's name after them: where the described one works, part of the description
            int k = NameWords.nameStart(p, j + 1, e);
            if (k == j + 2 && p.is(j + 1, Kind.ORG)) {
                j = e;
                return Step.ON;
            }
            // "Pengamat BUMN dari Universitas Indonesia Toto Pranoto": the name closes the place's run
            if (k < e) {
                j++;
                return Step.ON;
            }
            // "kata kandidat doktor dari Universitas Airlangga ini": where the described one works, then the
            // word that makes the description point back
            if (e < limit && p.is(e, Kind.DEFINITE)) {
                j = e;
                return Step.ON;
            }
            return Step.NEXT;
        }

        /** A title that a capitalised function word, a number or a dash does not end. */
        private Step titleRunsOn() {
            if (!titled) return Step.NEXT;
            String w = p.word(j);
            boolean closesTitle = j > i && Character.isUpperCase(w.codePointAt(0)) && p.is(j, Kind.STOP)
                    && j + 2 < limit && p.isPunct(j + 1, ",") && NameWords.isNameWord(p, j + 2);
            // "Redaktur Kantor Berita Antara, Wulan Sari": a capitalised function word closing a title
            // before the comma that brings the name is the title's last word (a body's name), not a break;
            // "Senior Manager Representative Office 3 Ruas Tol Surabaya--Gempol, Agus Susilo": a number or
            // dash inside a long title does not end it; the name after its comma is the holder's
            if (closesTitle || NumberedTitles.runOnToName(p, j, Math.min(limit, i + MAX_TOKENS))) {
                j++;
                return Step.ON;
            }
            return Step.NEXT;
        }

        /**
         * "ujar peserta Klub Sehat yang turut hadir di lokasi, Rina Wati (33)": a description opened by common words,
         * the name in it only what the described one belongs to, then a relative clause and the comma that brings the
         * described one's own name; else the phrase ends.
         */
        private Step describedMembersName() {
            if (nameStart <= i || lowercase == 0 || j <= nameStart || !p.lower(j).equals("yang")) return Step.STOP;
            int named = DescriptionEnds.relativeClauseHolder(p, j, Math.min(limit, i + MAX_TOKENS));
            return named < 0 ? Step.STOP : holderNamedAt(named);
        }

        /** The phrase from {@code i} through the holder's name opening at token {@code named}. */
        private Step holderNamedAt(int named) {
            int e = NameWords.runEnd(p, named);
            return found(new Phrase(Form.NAME, i, e, named, e));
        }

        /** A lower-case word: part of a description, or the end of the phrase. */
        private Step word() {
            if (person) return describedMembersName();
            String w = p.word(j);
            if (!Character.isLetter(w.codePointAt(0))) return Step.STOP;
            int aged = ageEnd(p, j, limit);
            if (described && aged > 0 && aged < limit && p.is(aged, Kind.DEFINITE)) {
                j = aged; // "tutur pemain berusia 35 tahun tersebut": an age inside a description pointing back
                return Step.ON;
            }
            if (p.lower(j).equals("yang")) {
                int nick = GivenNames.nameStart(p, j + 1, limit);
                if (nick >= 0) { // "ujar pria yang akrab disapa Mi'ing ini"
                    int e = NameWords.runEnd(p, nick);
                    return found(new Phrase(Form.NAME, i, e, nick, e));
                }
                if (j > i) {
                    int named = DescriptionEnds.relativeClauseHolder(p, j, Math.min(limit, i + MAX_TOKENS));
                    if (named > 0) return holderNamedAt(named); // "ujar peserta lomba yang turut hadir di lokasi, Rina Wati (33)"
                    // "ujar pebalap yang sempat membela Repsol Honda tersebut": a person's role whose relative clause closes
                    // with a word pointing back is one met before, as "pebalap tersebut" is; "seorang warga yang ..." is new
                    boolean role = titled && !person && kin < 0 && !p.is(i, Kind.DETERMINER) && !p.isTwoWords(i, Kind.DETERMINER);
                    int close = role ? DescriptionEnds.relativeClauseEnd(p, j, limit) : -1;
                    return close > 0 ? found(new Phrase(Form.ROLE, i, close + 1, -1, -1)) : Step.STOP;
                }
                described = true; // "seru yang lain"
            }
            if (p.is(j, Kind.DEFINITE)) return Step.STOP;
            if (p.is(j, Kind.KIN)) kin = j; // "keponakan Timang, Lia": the name after the comma is the relative's
            boolean twoWordRole = j > i && p.isTwoWords(j - 1, Kind.ROLE); // "kata spesialis penyakit dalam dr Rina"
            titled |= p.is(j, Kind.ROLE) || kin == j || twoWordRole;
            boolean descriptive = p.is(j, Kind.ROLE) || p.is(j, Kind.REPORT) || p.is(j, Kind.DETERMINER) || kin == j
                    || twoWordRole;
            if (!descriptive && (p.is(j, Kind.STOP) || p.is(j, Kind.ADVERB) || p.isVerbShaped(j))) return Step.STOP;
            if (nameStart >= 0 && !person && titled) return fieldAroundPlace();
            if (nameStart >= 0 || ++lowercase > MAX_LOWERCASE) return Step.STOP;
            described |= descriptive;
            j++;
            return Step.ON;
        }
    }

    /** Whether token {@code k} is a lower-case word of a field of knowledge: no role, function word, verb or pointer. */
    private static boolean isFieldWord(Passage p, int k) {
        String w = p.word(k);
        return Character.isLowerCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0)) && !p.is(k, Kind.ROLE)
                && !p.is(k, Kind.STOP) && !p.is(k, Kind.ADVERB) && !p.is(k, Kind.DEFINITE) && !p.is(k, Kind.KIN)
                && !p.is(k, Kind.DETERMINER) && !p.isVerbShaped(k) && !p.isCue(k, SpeechCue.VERB);
    }

    /** The token after an age in years at token {@code j} ({@code berusia 35 tahun}), or -1. */
    private static int ageEnd(Passage p, int j, int limit) {
        if (j + 2 >= limit || !p.is(j, Kind.AGE) || !p.word(j + 1).chars().allMatch(Character::isDigit)
                || !p.lower(j + 2).equals("tahun")) return -1;
        return j + 3;
    }

    /** A rank or title before a name, its abbreviation's full stop written on ({@code Kombes}, {@code Dr.}, {@code dr.}). */
    private static boolean isRank(Passage p, int i) {
        String w = p.word(i);
        return p.is(i, Kind.ROLE) || w.length() > 1 && w.endsWith(".") && Words.is(w.substring(0, w.length() - 1), Kind.ROLE);
    }
}
