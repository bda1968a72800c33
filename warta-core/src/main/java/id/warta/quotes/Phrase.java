package id.warta.quotes;

import id.warta.entities.Nicknames;
import id.warta.language.Abbreviations;
import id.warta.language.SpeechCue;
import id.warta.quotes.Words.Kind;
import java.util.Locale;

/**
 * The words that name a speaker, read around a cue: after an inverted verb
 * ({@code kata ketua majelis hakim Rios Rahmanto di ...}, {@code tambah laporan itu},
 * {@code ucap dia}) or before an active one ({@code Presiden Dewa United, Ardian Satya Negara,
 * menyambut}). Token indices are {@code [start, end)}; {@code nameStart..nameEnd} is the person's
 * or body's own name inside it, or -1 when the phrase names only a role.
 */
record Phrase(Form form, int start, int end, int nameStart, int nameEnd) {
    enum Form { NAME, PRONOUN, ROLE, NONE }

    static final Phrase NONE = new Phrase(Form.NONE, -1, -1, -1, -1);
    /** A speaker phrase is short, but titles are long: {@code Direktur Treasury & Internasional Banking PT Bank ...}. */
    private static final int MAX_TOKENS = 18;
    /** A place of saying ({@code di Gedung Merah Putih KPK}) runs at most this many words. */
    private static final int MAX_PLACE_WORDS = 6;
    /** An aside before the place ({@code dalam keterangan tertulisnya}) runs at most this many words. */
    private static final int MAX_ASIDE_WORDS = 4;
    /** Words around a verb that names someone ({@code yang akrab disapa Mi'ing}) may number at most this many. */
    private static final int MAX_CALLED_FILLERS = 3;
    /**
     * An adverb of the nickname phrase ({@link Nicknames}) that a speaker's description does not take yet: reading
     * {@code pria yang karib disapa X} as X changes two corpus speakers, one wrongly (a team's name before the phrase
     * tagged as a person's), so it waits for a rule change checked on its own.
     */
    private static final String NOT_READ_YET = "karib";
    /** A title before an affiliation word ({@code di}, {@code dari}) runs at most this many words ({@code Pengamat Ekonomi Energi}). */
    private static final int MAX_TITLE_BEFORE_WORDS = 6;

    /**
     * The name's first token in {@code akrab disapa Mi'ing}, {@code bernama Rudi} or {@code yakni Rani} read from
     * {@code i}, or -1: a verb giving the name someone goes by ({@link Nicknames}) or a word naming them.
     */
    private static int nickname(Passage p, int i, int limit) {
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

    /** Whether token {@code i} gives or introduces a name ({@code disapa}, {@code bernama}, {@code yakni}). */
    static boolean isCalled(Passage p, int i) {
        return Nicknames.isVerb(p.lower(i)) || p.is(i, Kind.NAMING);
    }

    /**
     * The token after a short place phrase at {@code j} ({@code di sekitar lokasi}, {@code di Pasar Baru}, with the
     * comma that may close it) when a word naming someone follows it; else {@code j}.
     */
    private static int afterPlace(Passage p, int j, int limit) {
        int k = j;
        if (p.lower(j).equals("di")) {
            k = j + 1;
            while (k < limit && k - j <= MAX_PLACE_WORDS && Character.isLetter(p.word(k).codePointAt(0))
                    && !isCalled(p, k)) k++;
        }
        if (k < limit && p.isPunct(k, ",")) k++; // "salah satu penumpang, yakni Rani"
        return k < limit && isCalled(p, k) ? k : j;
    }

    /** A second title joined to the first ({@code dan rekan penulis studi tersebut}) runs at most this many words. */
    private static final int MAX_SECOND_TITLE_WORDS = 8;

    /**
     * The comma closing a second title that opens at token {@code i} in lower case ({@code rekan penulis studi
     * tersebut}, {@code direktur Pusat Iklim}) when a name follows that comma and ends there ({@code , Rina
     * Kusuma.}, {@code , Rina Kusuma yang dikutip ...}); else -1. The title holds words only: no verb, no {@code yang}, no other mark.
     */
    private static int secondTitleEnd(Passage p, int i, int limit) {
        if (i >= limit || !Character.isLowerCase(p.word(i).codePointAt(0))) return -1;
        for (int k = i; k < limit && k - i <= MAX_SECOND_TITLE_WORDS; k++) {
            if (p.paragraphBreakBefore(k)) return -1;
            if (p.isPunct(k, ",")) {
                if (k == i || k + 1 >= limit || !NameWords.isNameWord(p, k + 1)) return -1;
                int e = NameWords.runEnd(p, k + 1);
                return closesName(p, e) || p.lower(e).equals("yang") ? k : -1;
            }
            String w = p.word(k);
            if (!Character.isLetter(w.codePointAt(0)) || p.lower(k).equals("yang") || p.isCue(k, SpeechCue.VERB)
                    || p.isVerbShaped(k) && !p.is(k, Kind.DEFINITE)) return -1; // "tersebut" only looks like a verb
        }
        return -1;
    }

    /**
     * Whether the words {@code [n, e)} set off by commas after a title holding a number (read from {@code from}) are
     * one more of its units or places, naming no person, with another comma and capitalised words after them
     * ({@code , Klaster Anggrek JGC, Jakarta Timur, Wahyu Andre}): the holder is named further on.
     */
    private static boolean unitBeforeHolder(Passage p, int from, int n, int e, int limit) {
        if (NameWords.nameStart(p, n, e) < e || e + 1 >= limit || !p.isPunct(e, ",") || !NameWords.isNameWord(p, e + 1)) return false;
        for (int k = from; k < n; k++) if (p.word(k).chars().allMatch(Character::isDigit)) return true;
        return false;
    }

    /** A rank or title before a name, its abbreviation's full stop written on ({@code Kombes}, {@code Dr.}, {@code dr.}). */
    private static boolean isRank(Passage p, int i) {
        String w = p.word(i);
        return p.is(i, Kind.ROLE) || w.length() > 1 && w.endsWith(".") && Words.is(w.substring(0, w.length() - 1), Kind.ROLE);
    }

    /** A relative clause between a subject and its verb ({@code yang bekerja sebagai buruh cuci}) runs at most this many tokens. */
    private static final int MAX_RELATIVE_WORDS = 10;
    /** Ranks and titles before a name after the comma ({@code , AKP Arif}, {@code , Kombes Pol. Budi}, {@code , Prof Dr dr Budi}). */
    private static final int MAX_RANKS = 3;
    /** Lowercase words in a speaker phrase: {@code salah satu staf}, {@code ketua majelis hakim}. */
    private static final int MAX_LOWERCASE = 6;

    boolean hasName() {
        return nameStart >= 0;
    }

    /**
     * Whether the phrase is about the one it names, not about something of theirs: the name opens
     * it, or a title or a determiner does ({@code Peternak sapi potong Tim Marsh}, {@code Salah seorang warga
     * Sidoarum, Parjo}, the determiner written in two words); {@code pernyataan Hasto},
     * {@code Penerbitan Perppu Ciptaker} and {@code Suami Timang} are about something else.
     */
    boolean isAboutName(Passage p) {
        if (!hasName()) return false;
        if (start == nameStart) return true;
        String first = p.word(start);
        if (Words.is(first, Kind.ROLE) || Words.is(first, Kind.DETERMINER) || p.isTwoWords(start, Kind.DETERMINER)) return true;
        for (int i = start; i < nameStart; i++) {
            if (Character.isLowerCase(p.word(i).codePointAt(0)) && !p.is(i, Kind.ROLE)) return false;
        }
        return NameWords.isNameWord(p, start);
    }

    String text(Passage p) {
        return p.text.substring(p.token(start).start(), p.token(end - 1).end());
    }

    String name(Passage p) {
        return p.text.substring(p.token(nameStart).start(), p.token(nameEnd - 1).end());
    }

    /** Whether the phrase is definite ({@code sang Patriark}, {@code laporan itu}, {@code sumber tadi}): it points back. */
    boolean isDefinite(Passage p) {
        return p.lower(start).equals("sang") || p.is(end - 1, Kind.DEFINITE);
    }

    /** Whether the phrase names an account by its handle ({@code pemilik akun TikTok @abc}, {@code @abc}): see {@link #accountHandle}. */
    boolean isAccount(Passage p) {
        for (int k = start; k < end; k++) if (p.word(k).startsWith("@")) return true;
        return false;
    }

    /**
     * The role or report word the phrase is about ({@code Patriark}, {@code laporan}, {@code sumber}): the first,
     * as Indonesian puts the head before what qualifies it ({@code Ketua Harian Partai Gerindra ini} is a
     * chairman, not a daily); a qualifier before it is not it ({@code mantan Ketua} is a chairman too).
     */
    String head(Passage p) {
        int h = headIndex(p);
        if (h >= 0) return p.word(h);
        for (int i = start; i < end; i++) {
            if (!p.is(i, Kind.DETERMINER) && !p.is(i, Kind.DEFINITE)) return p.word(i);
        }
        return p.word(start);
    }

    private int headIndex(Passage p) {
        for (int i = start; i < end; i++) {
            if (p.is(i, Kind.ROLE) && !p.is(i, Kind.QUALIFIER) || p.is(i, Kind.REPORT)) return i;
        }
        return -1;
    }

    /**
     * Whether the phrase's head is a person's role ({@code pebalap}, {@code Ketua}): no report, no body's word
     * ({@code perusahaan}), no force's or staff's word that speaks as a body ({@code polisi}).
     */
    boolean isPersonsRole(Passage p) {
        int h = headIndex(p);
        return h >= 0 && p.is(h, Kind.ROLE) && !p.is(h, Kind.REPORT) && !p.is(h, Kind.ORG) && !p.is(h, Kind.GROUP);
    }

    /** Whether a qualifier stands before the head ({@code mantan Ketua Umum itu}): the role is one its holder had. */
    boolean isFormer(Passage p) {
        int h = headIndex(p);
        for (int i = start; i < h; i++) if (p.is(i, Kind.QUALIFIER)) return true;
        return false;
    }

    /** Whether the phrase names a report ({@code laporan itu}, {@code harian Kompas}) rather than a person. */
    boolean isReport(Passage p) {
        int h = headIndex(p);
        return h >= 0 && p.is(h, Kind.REPORT);
    }

    /**
     * The speaker named from token {@code i} on, as after an inverted cue (or at a sentence's start);
     * reads no further than {@code limit}, nor into another paragraph. Through a long title the last person's name wins ({@code Direktur Treasury &
     * Internasional Banking PT Bank Negara Indonesia Rico Rizal Budidarmo}).
     */
    static Phrase after(Passage p, int i, int limit) {
        limit = Math.min(limit, p.size());
        if (i >= limit) return NONE;
        if (Words.is(p.word(i), Kind.PRONOUN)) return pronoun(p, i);
        return new Walk(p, i, limit).read();
    }

    /** What one step of a {@link Walk} decided: go on to the next rule, read on, stop reading, or the phrase is found. */
    private enum Step { NEXT, ON, STOP, FOUND }

    /**
     * The reading of {@link #after}: a walk over the tokens of a title, a description and a name, each step trying the
     * rules for the token at {@code j} in turn.
     */
    private static final class Walk {
        private final Passage p;
        private final int i, limit;
        private int j, nameStart = -1, nameEnd = -1, lowercase, kin = -1;
        private boolean person, described, titled, afterBody;
        private Phrase found = NONE;

        Walk(Passage p, int i, int limit) {
            this.p = p;
            this.i = i;
            this.limit = limit;
            this.j = i;
        }

        Phrase read() {
            while (j < limit && j - i < MAX_TOKENS && (j == i || !p.paragraphBreakBefore(j))) {
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
            int handle = accountHandle(p, j, limit);
            // "tulis akun Instagram @budi_santoso", "kata pemilik akun X @warga_bdg": the account as written speaks,
            // described by its handle; the platform's name is no one's
            if (handle > 0 && !person) return found(new Phrase(Form.ROLE, i, handle + 1, -1, -1));
            // "...," ujar @budi_santoso: a handle right after the cue is the account speaking, its platform unsaid
            int handleEnd = j == i ? handleEnd(p, j, limit) : -1;
            if (handleEnd > 0) return found(new Phrase(Form.ROLE, i, handleEnd, -1, -1));
            if (NameWords.isNameWord(p, j)) return nameRun();
            Step step = describedOnesName();
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
            if (j + 2 < limit && p.word(j).equals("(") && p.word(j + 2).equals(")")) j += 3; // (Bapanas)
            if (j < limit && p.word(j).equals("&") && j + 1 < limit && NameWords.isNameWord(p, j + 1)) j++;
            return Step.ON;
        }

        private Step describedOnesName() {
            if (!described || person) return Step.NEXT;
            // "kata seorang warga bernama Rudi Tamba", "kata salah satu penumpang KCIC yakni Rani", "ujar salah
            // satu pedagang di sekitar lokasi bernama Yanti": the described one's name, after where they are
            int nick = nickname(p, afterPlace(p, j, limit), limit);
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
            if (titled && n == j + 1 && listInTitle(p, e, limit)) {
                j = p.is(e + 1, Kind.TITLEJOIN) ? e + 1 : e; // one field of the body's list; its dan joins the last
                return Step.ON;
            }
            if (titled && closesName(p, e)) {
                j = e;
                // "Ketua RT 18, RW 14, Klaster Anggrek JGC, Jakarta Timur, Wahyu Andre,": a unit, the title goes on
                if (unitBeforeHolder(p, i, n, e, limit)) return Step.ON;
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
                    && (NameWords.isNameWord(p, k) || isNumberOrDash(p.word(k)))) k++;
            if (k >= limit || k - i >= MAX_TOKENS || p.paragraphBreakBefore(k) || !p.is(k, Kind.DEFINITE)) return Step.NEXT;
            return found(new Phrase(Form.ROLE, i, k + 1, -1, -1));
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
                int comma = secondTitleEnd(p, j + 1, limit);
                if (comma > 0) {
                    nameStart = comma + 1;
                    nameEnd = NameWords.runEnd(p, comma + 1);
                    person = true;
                    return Step.STOP;
                }
            }
            return Step.NEXT;
        }

        /** Where the titled one works ({@code di}, {@code dari}), then the name. */
        private Step affiliation() {
            if (!titled || person || !p.is(j, Kind.AFFILIATION) || j + 1 >= limit || !NameWords.isNameWord(p, j + 1)) {
                return Step.NEXT;
            }
            // "Ekonom Senior di Mizuho Research Institute, Saisuke Sakai": where the titled one works, then the name
            int e = NameWords.runEnd(p, j + 1);
            if (e + 1 < limit && p.isPunct(e, ",") && NameWords.isNameWord(p, e + 1)) {
                j = e;
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
            if (closesTitle || titleRunsOnToName(p, j, Math.min(limit, i + MAX_TOKENS))) {
                j++;
                return Step.ON;
            }
            return Step.NEXT;
        }

        /** A lower-case word: part of a description, or the end of the phrase. */
        private Step word() {
            if (person) return Step.STOP;
            String w = p.word(j);
            if (!Character.isLetter(w.codePointAt(0))) return Step.STOP;
            int aged = ageEnd(p, j, limit);
            if (described && aged > 0 && aged < limit && p.is(aged, Kind.DEFINITE)) {
                j = aged; // "tutur pemain berusia 35 tahun tersebut": an age inside a description pointing back
                return Step.ON;
            }
            if (p.lower(j).equals("yang")) {
                int nick = nickname(p, j + 1, limit);
                if (nick >= 0) { // "ujar pria yang akrab disapa Mi'ing ini"
                    int e = NameWords.runEnd(p, nick);
                    return found(new Phrase(Form.NAME, i, e, nick, e));
                }
                if (j > i) {
                    // "ujar pebalap yang sempat membela Repsol Honda tersebut": a person's role whose relative clause closes
                    // with a word pointing back is one met before, as "pebalap tersebut" is; "seorang warga yang ..." is new
                    boolean role = titled && !person && kin < 0 && !p.is(i, Kind.DETERMINER) && !p.isTwoWords(i, Kind.DETERMINER);
                    int close = role ? relativeClauseEnd(p, j, limit) : -1;
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
            if (nameStart >= 0 || ++lowercase > MAX_LOWERCASE) return Step.STOP;
            described |= descriptive;
            j++;
            return Step.ON;
        }
    }

    /**
     * The closing {@code itu}/{@code ini}/{@code tersebut} of a relative clause opened by {@code yang} at token {@code y}
     * ({@code yang kini berusia 69 tahun tersebut}): at most {@link #MAX_RELATIVE_WORDS} words, numbers and names between,
     * then a mark or the phrase's limit; else -1.
     */
    private static int relativeClauseEnd(Passage p, int y, int limit) {
        for (int k = y + 1; k < limit && k - y <= MAX_RELATIVE_WORDS + 1 && !p.paragraphBreakBefore(k); k++) {
            if (!Character.isLetterOrDigit(p.word(k).codePointAt(0))) return -1;
            if (k > y + 1 && p.is(k, Kind.DEFINITE)) return k + 1 >= limit || p.isPunct(k + 1, ".,!?;") ? k : -1;
        }
        return -1;
    }

    /**
     * Whether token {@code j} is a number or a dash inside a title ({@code Office 3}, {@code Surabaya--Gempol})
     * that runs on, through name words, numbers and dashes only, to a comma and a name closed by punctuation; or,
     * with no comma, to its holder's name closing the words after the number ({@code Ketua RW 003 Kuningan Barat
     * Sariman saat ...}). A title of numbered units goes on past a unit's comma ({@code Ketua RT 18, RW 14, ...}).
     */
    private static boolean titleRunsOnToName(Passage p, int j, int limit) {
        if (!isNumberOrDash(p.word(j))) return false;
        int words = j;
        while (words < limit && isNumberOrDash(p.word(words))) words++;
        int k = words;
        while (k < limit && !p.paragraphBreakBefore(k) && NameWords.isNameWord(p, k)) k++;
        // after a dash only an acronym goes on with a title (Kemenpan-RB); a name goes on with a name (Jean-Pierre)
        boolean dash = !p.word(words - 1).chars().allMatch(Character::isDigit);
        if (words < k && (!dash || NameWords.isAcronym(p.word(words))) && closesName(p, k) && !p.isPunct(k, ",")
                && NameWords.nameStart(p, words, k) < k) return true;
        for (int units = 0; units < MAX_NUMBERED_UNITS; units++) {
            while (k < limit && !p.paragraphBreakBefore(k) && (NameWords.isNameWord(p, k) || isNumberOrDash(p.word(k)))) k++;
            if (k + 1 >= limit || !p.isPunct(k, ",") || !NameWords.isNameWord(p, k + 1)) return false;
            int e = NameWords.runEnd(p, k + 1);
            if (closesName(p, e)) return true;
            k++; // "RT 18, RW 14": another numbered unit of the title
        }
        return false;
    }

    /**
     * Where the handle of an account named at token {@code j} is: {@code akun}, at most {@link #MAX_PLATFORM_WORDS}
     * words of its platform's name ({@code Instagram}, {@code X}, {@code resmi}), then one {@code @handle} token; else -1.
     */
    static int accountHandle(Passage p, int j, int limit) {
        if (!p.lower(j).equals("akun")) return -1;
        for (int k = j + 1; k < limit && k <= j + 1 + MAX_PLATFORM_WORDS && !p.paragraphBreakBefore(k); k++) {
            String w = p.word(k);
            if (isHandle(w)) return k;
            if (!Character.isLetter(w.codePointAt(0))) return -1;
        }
        return -1;
    }

    /**
     * The end of a handle written from token {@code j} on, over the tokens it was cut into with no space between
     * ({@code @budi_santoso}; {@code @_budi} and {@code @@budi}, which the tokenizer cuts at the odd mark): -1 when
     * token {@code j} opens no handle.
     */
    private static int handleEnd(Passage p, int j, int limit) {
        if (!p.word(j).startsWith("@")) return -1;
        int k = j + 1;
        while (k < limit && p.token(k).start() == p.token(k - 1).end()
                && (p.word(k).equals("_") || p.word(k).startsWith("@") || Character.isLetterOrDigit(p.word(k).codePointAt(0)))) k++;
        return isHandle(p.text.substring(p.token(j).start(), p.token(k - 1).end()).replaceFirst("^[@_]+", "@")) ? k : -1;
    }

    /** Whether a word is an account's handle ({@code @budi_santoso}): an at sign and a letter or digit after it, as the tokenizer keeps them. */
    private static boolean isHandle(String w) {
        return w.length() > 1 && w.charAt(0) == '@' && Character.isLetterOrDigit(w.codePointAt(1));
    }

    /** Words naming an account's platform before its handle ({@code akun TikTok resmi @abc}). */
    private static final int MAX_PLATFORM_WORDS = 3;

    /** Numbered units a title may chain by commas ({@code RT 18, RW 14}). */
    private static final int MAX_NUMBERED_UNITS = 3;

    /**
     * Whether a name set off by a comma after a title ends at token {@code e}: the text's end, a mark, or a function
     * word other than {@code dan}, which would add another name ({@code , Wulan Sari dan Budi}).
     */
    private static boolean closesName(Passage p, int e) {
        return e >= p.size() || p.isPunct(e, ".,;!?") || p.is(e, Kind.STOP) && !p.lower(e).equals("dan");
    }

    /**
     * Whether the comma at token {@code e} goes on a list of a body's fields inside a title, up to its last field
     * after {@code dan}/{@code serta} and the comma that brings the holder's name ({@code Kepala Balai Karantina Hewan,
     * Ikan, dan Tumbuhan Sumut, Budi Santoso}): the capitalised words between the commas are fields, no person. A
     * role after the conjunction opens a second speaker's title instead ({@code Kepala Dinas A, Budi, dan Kepala ...}).
     */
    private static boolean listInTitle(Passage p, int e, int limit) {
        while (e + 2 < limit && p.isPunct(e, ",")) {
            int next = e + 1;
            if (p.is(next, Kind.TITLEJOIN) && NameWords.isNameWord(p, next + 1)) {
                int last = NameWords.runEnd(p, next + 1);
                return !hasRole(p, next + 1, last) && last + 1 < limit && p.isPunct(last, ",")
                        && NameWords.isNameWord(p, last + 1);
            }
            if (!NameWords.isNameWord(p, next)) return false;
            e = NameWords.runEnd(p, next);
        }
        return false;
    }

    /** The token after an age in years at token {@code j} ({@code berusia 35 tahun}), or -1. */
    private static int ageEnd(Passage p, int j, int limit) {
        if (j + 2 >= limit || !p.is(j, Kind.AGE) || !p.word(j + 1).chars().allMatch(Character::isDigit)
                || !p.lower(j + 2).equals("tahun")) return -1;
        return j + 3;
    }

    private static boolean isNumberOrDash(String w) {
        return w.chars().allMatch(Character::isDigit) || w.chars().allMatch(c -> c == '-' || c == '–' || c == '—');
    }

    /**
     * The subject of the verb at token {@code verb}, read back no further than {@code floor}:
     * {@code Hasto menilai}, {@code Presiden Dewa United, Ardian Satya Negara, menyambut},
     * {@code Seorang sumber yang mengerti jalannya diskusi mengungkapkan}, {@code Ia menjelaskan}.
     * A subject holds no preposition and no verb, except inside a {@code yang} clause.
     */
    static Phrase before(Passage p, int verb, int floor) {
        int j = verb - 1;
        while (j >= floor && p.is(j, Kind.ADVERB) && !NameWords.isNameWord(p, j)) j--;
        j = beforeCircumstance(p, j, floor);
        j = beforeDegrees(p, j, floor);
        // a name described by its age or a relative clause is the subject of saying; of other verbs only as before,
        // since lists of victims by age ("Nabila (25) mengalami luka") name no voices of the text
        if (p.isCue(verb, SpeechCue.VERB)) j = beforeAge(p, beforeRelative(p, j, floor), floor);
        if (j < floor) return NONE;
        if (p.word(j).equals(",")) return appositive(p, j, floor);
        if (p.is(j, Kind.PRONOUN) && (j == floor || !p.lower(j - 1).equals("yang"))) {
            return pronoun(p, j); // "Lebih lanjut dia menambahkan": a pronoun is the whole subject, not the words before it
        }
        int end = j + 1, s = end;
        while (s > floor && end - s < MAX_TOKENS) {
            int t = s - 1;
            String w = p.word(t);
            if (s < end && p.paragraphBreakBefore(s)) break;
            if (NameWords.isNameWord(p, t) || p.isPunct(t, "()")) {
                s = t;
            } else if (!Character.isLetter(w.codePointAt(0))) {
                break;
            } else if (p.is(t, Kind.ROLE) || p.is(t, Kind.DETERMINER) || p.is(t, Kind.DEFINITE)
                    || p.is(t, Kind.REPORT) || p.lower(t).equals("yang")) {
                s = t;
            } else if (p.is(t, Kind.TITLEJOIN) && !p.is(t, Kind.CLAUSEJOIN) && s < end && p.is(s, Kind.ROLE)) {
                s = t; // "Pakar imunologi sekaligus Ketua Perhimpunan X, Budi": one holder's two titles
            } else if (p.is(t, Kind.STOP) && t > floor && p.isTwoWords(t - 1, Kind.ROLE)) {
                s = t - 1; // "spesialis penyakit dalam dr Rina": a title's two words, the second a preposition elsewhere
            } else if (p.is(t, Kind.STOP) || p.is(t, Kind.PRONOUN) && s < end) {
                // "Pengamat BUMN dari Universitas Indonesia Toto Pranoto memberikan": the title reaches across
                int title = s < end && p.is(t, Kind.AFFILIATION) ? titleBefore(p, t, floor) : -1;
                int place = p.lower(t).equals("di") ? t : t > floor && p.lower(t - 1).equals("di") ? t - 1 : -1; // di sekitar
                int described = s < end && title < 0 && place >= 0 ? describedBeforePlace(p, place, floor) : -1;
                if (title >= 0) s = title;
                if (described >= 0) { // "Seorang siswi di kawasan tersebut mengaku": the one described, not the place
                    s = described;
                    end = place;
                    // "Hannah Wakeford, seorang peneliti di Pusat X mengatakan": the description is of the name before
                    Phrase named = s - 1 > floor && p.isPunct(s - 1, ",") ? of(p, clauseStart(p, s - 1, floor), s - 1) : NONE;
                    if (isPerson(p, named) && named.nameEnd() == s - 1) {
                        return new Phrase(Form.NAME, named.start(), end, named.nameStart(), named.nameEnd());
                    }
                }
                break;
            } else if (p.isVerbShaped(t) || p.isCue(t, SpeechCue.VERB)) {
                if (t - 1 < floor || !p.lower(t - 1).equals("yang")) break; // "yang mengerti ..." belongs
                s = t;
            } else {
                s = t;
            }
        }
        while (s < end && (p.isPunct(s, "()") || p.lower(s).equals("yang"))) s++;
        if (s >= end) return NONE;
        if (end - s == 1 && p.is(s, Kind.PRONOUN)) return pronoun(p, s);
        Phrase subject = relative(p, of(p, s, end));
        // a title opens the subject, or names no one in it (Corporate Secretary Jasa Marga): its holder may stand before the comma
        if (p.is(s, Kind.ROLE) || !isPerson(p, subject) && hasRole(p, s, end)) {
            Phrase holder = nameBeforeTitle(p, s, floor);
            if (holder != NONE) return new Phrase(Form.NAME, holder.start(), end, holder.nameStart(), holder.nameEnd());
        }
        return subject;
    }

    /** How many words a description of someone unnamed before a place phrase may run ({@code salah satu pedagang}). */
    private static final int MAX_DESCRIBED_WORDS = 4;

    /**
     * The start of a description of someone unnamed opening the clause just before the place phrase at token {@code at}
     * ({@code Seorang siswi} | {@code di kawasan tersebut}, {@code Warga} | {@code di sekitar lokasi}): lower-case words,
     * no verb, opened by a determiner or holding a role; -1 when there is none.
     */
    private static int describedBeforePlace(Passage p, int at, int floor) {
        int k = at - 1;
        while (k >= floor && at - k <= MAX_DESCRIBED_WORDS && Character.isLetter(p.word(k).codePointAt(0))
                && !p.is(k, Kind.STOP) && !p.isVerbShaped(k)
                && (Character.isLowerCase(p.word(k).codePointAt(0)) || p.sentenceStart(k) == k)) k--;
        int start = k + 1;
        if (start >= at || !(start == floor || p.sentenceStart(start) == start || p.isPunct(start - 1, ","))) return -1;
        return p.is(start, Kind.DETERMINER) || p.isTwoWords(start, Kind.DETERMINER) || hasRole(p, start, at) ? start : -1;
    }

    /**
     * {@code Ayah ZR mengatakan}, {@code paman Budi Santoso menyebut}: a subject that is a kin word and a name is the
     * unnamed relative, a role, as {@code ujar keponakan Timang} is after a cue; else the subject as read. The kin word
     * opens the subject: inside a title it is no relative ({@code Pelatih ganda putri Herman}).
     */
    private static Phrase relative(Passage p, Phrase subject) {
        if (subject.form() != Form.NAME || subject.nameEnd() != subject.end() || !p.is(subject.start(), Kind.KIN)) return subject;
        // a kin word opening a sentence may run into the initials a child or a victim goes by (Ayah ZR)
        boolean initials = subject.nameStart() == subject.start() && subject.end() - subject.start() == 2
                && NameWords.isAcronym(p.word(subject.start() + 1));
        if (subject.nameStart() != subject.start() + 1 && !initials) return subject;
        return new Phrase(Form.ROLE, subject.start(), subject.end(), -1, -1);
    }

    /**
     * The person a title starting at token {@code title} follows after a comma, the comma that would close the title
     * lost ({@code Hendra Wijaya, Direktur Utama PT Jasa Marga mengatakan}): the words from the clause's start to the
     * comma must be that person's name alone; else {@link #NONE}.
     */
    private static Phrase nameBeforeTitle(Passage p, int title, int floor) {
        int c = title - 1;
        if (c <= floor || !p.isPunct(c, ",")) return NONE;
        int s = clauseStart(p, c, floor);
        Phrase name = of(p, s, c);
        return isPerson(p, name) && name.nameStart() == s && name.nameEnd() == c ? name : NONE;
    }

    /**
     * The start of a title ending just before token {@code at} ({@code Pengamat BUMN} | {@code dari ...}): a
     * role word opening the clause, then names, roles and body words only; -1 when there is none.
     */
    private static int titleBefore(Passage p, int at, int floor) {
        int k = at - 1;
        while (k >= floor && at - k <= MAX_TITLE_BEFORE_WORDS && (NameWords.isNameWord(p, k) || p.is(k, Kind.ROLE)
                || p.is(k, Kind.ORG))) k--;
        int start = k + 1;
        if (start >= at || !p.is(start, Kind.ROLE)) return -1;
        return start == floor || p.sentenceStart(start) == start || p.isPunct(start - 1, ",") ? start : -1;
    }

    /**
     * The word before the time and place of saying that wire copy puts between a speaker and the
     * verb ({@code Felucia Sengky Ratna di Tangerang, Rabu, mengatakan}; {@code Wapres, dalam keterangan
     * tertulisnya di Jakarta, Kamis, mengatakan}; {@code Steve Loupatty ditemui di Gereja Immanuel, Jakarta,
     * Kamis, mengatakan}); {@code j} itself when there is none.
     */
    private static int beforeCircumstance(Passage p, int j, int floor) {
        if (j - 1 < floor || !p.isPunct(j, ",") || !Words.isCalendarKey(p.lower(j - 1))) return j;
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
     * The word before academic degrees that close a name ({@code Dwi Cahyo Kartiko S.Pd., M.Kes.}), a specialist's
     * consultant mark included ({@code dr Ratna, SpA(K)}); else {@code j}.
     */
    private static int beforeDegrees(Passage p, int j, int floor) {
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

    /**
     * The name a relative clause describes, when the clause stands between the name and its verb ({@code Sumi (52)
     * yang bekerja sebagai buruh cuci mengaku}, {@code Budi yang menjabat ketua RT mengatakan}): the token before
     * the {@code yang}; else {@code j}. The name opens its clause and is no bare role ({@code Artis yang ...}); the
     * clause opens in lower case and runs without punctuation but brackets, and without a conjunction opening another
     * clause ({@code logat Australia yang kental saat salah satu pelaku mengucapkan}). A title closed by
     * {@code itu}/{@code ini} is a description pointing back ({@code Pebalap Yamaha yang memimpin klasemen itu}).
     */
    private static int beforeRelative(Passage p, int j, int floor) {
        for (int y = j; y > floor && j - y < MAX_RELATIVE_WORDS; y--) {
            String k = p.lower(y);
            if (k.equals("yang")) {
                int name = beforeAge(p, y - 1, floor);
                if (name < floor || !NameWords.isNameWord(p, name) || p.is(name, Kind.ROLE) || y == j
                        || !Character.isLowerCase(p.word(y + 1).codePointAt(0))) return j;
                int run = name;
                while (run > floor && NameWords.isNameWord(p, run - 1)) run--;
                boolean opens = run == floor || p.sentenceStart(run) == run || p.isPunct(run - 1, ",")
                        || p.is(run - 1, Kind.CLAUSEJOIN);
                boolean description = p.is(run, Kind.ROLE) && p.is(j, Kind.DEFINITE);
                return opens && !description ? y - 1 : j;
            }
            if (p.is(y, Kind.CLAUSEJOIN) || p.is(y, Kind.SUBORDINATOR)
                    || !Character.isLetterOrDigit(p.word(y).codePointAt(0)) && !p.isPunct(y, "()")) return j;
        }
        return j;
    }

    /** The name before an age in brackets ({@code Darto (47) mengatakan}, {@code Sumi (52) yang}); else {@code j}. */
    private static int beforeAge(Passage p, int j, int floor) {
        if (j - 3 < floor || !p.isPunct(j, ")") || !p.isPunct(j - 2, "(") || !NameWords.isNameWord(p, j - 3)) return j;
        String age = p.word(j - 1);
        return age.length() <= 3 && age.chars().allMatch(Character::isDigit) ? j - 3 : j;
    }

    /** A short capital mark after a degree, in brackets or after a dash: {@code K}, {@code KIC}, {@code KGEH}. */
    private static boolean isMark(String w) {
        return w.length() <= 4 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A subject set off by commas: {@code Presiden Dewa United, Ardian Satya Negara, menyambut} (role,
     * name) or {@code Patty O'Brien-Carrier, seorang pekebun, digigit} (name, role). The person's name wins.
     */
    private static Phrase appositive(Passage p, int comma, int floor) {
        int c = comma - 1;
        while (c > floor && comma - c < MAX_TOKENS && !p.isPunct(c, ".!?;:,\"“”") && !p.paragraphBreakBefore(c + 1)) c--;
        if (c <= floor || !p.isPunct(c, ",")) return NONE;
        int s = clauseStart(p, c, floor);
        Phrase inner = of(p, c + 1, comma), outer = of(p, s, c);
        if (isPerson(p, outer) && isHoldersTitle(p, c + 1, comma)) {
            return new Phrase(Form.NAME, s, comma, outer.nameStart(), outer.nameEnd()); // "Ipda Budi, Kanit Reskrim Polsek X,"
        }
        if (hasRole(p, s, c) && NameWords.runEnd(p, c + 1) == comma) { // a title, then a name taken whole
            return new Phrase(Form.NAME, s, comma, c + 1, comma);
        }
        // "Derek Grossman, profesor di University of Southern California, memperingatkan": a lowercase role opening
        // the words between the commas describes the name before them, whatever names the description holds
        // "Aryan Warga Dalam, Ketua APKI, menyatakan": so does a capitalised title after a bare name when the one
        // word it ends on is its body's short name, no second person's full name
        boolean described = p.is(c + 1, Kind.ROLE) && (Character.isLowerCase(p.word(c + 1).codePointAt(0))
                || isBareName(p, outer) && inner.hasName() && inner.nameEnd() - inner.nameStart() == 1);
        Phrase name = described && isPerson(p, outer) ? outer
                : isPerson(p, inner) ? inner : isPerson(p, outer) ? outer : inner.hasName() ? inner : outer;
        if (!name.hasName()) return NONE;
        return new Phrase(Form.NAME, s, comma, name.nameStart(), name.nameEnd());
    }

    /** Whether the phrase is a person's name alone, no title or role among its words. */
    private static boolean isBareName(Passage p, Phrase ph) {
        return isPerson(p, ph) && ph.nameStart() == ph.start() && ph.nameEnd() == ph.end() && !hasRole(p, ph.start(), ph.end());
    }

    /** The first token of the clause ending before token {@code c}: back to a mark, a paragraph or {@code floor}. */
    private static int clauseStart(Passage p, int c, int floor) {
        int s = c - 1;
        while (s > floor && c - s < MAX_TOKENS && !p.isPunct(s - 1, ".!?;:,\"“”") && !p.paragraphBreakBefore(s)) s--;
        return s;
    }

    private static boolean isPerson(Passage p, Phrase ph) {
        return ph.hasName() && NameWords.nameStart(p, ph.nameStart(), ph.nameEnd()) < ph.nameEnd();
    }

    private static Phrase pronoun(Passage p, int i) {
        return p.lower(i).equals("mereka") ? NONE : new Phrase(Form.PRONOUN, i, i + 1, -1, -1);
    }

    /** What the words {@code [s, end)} name: the last person's name in them, else a body named whole, else a role. */
    private static Phrase of(Passage p, int s, int end) {
        if (s >= end) return NONE;
        int nameStart = -1, nameEnd = -1, bodyStart = -1, bodyEnd = -1;
        for (int i = s; i < end; ) {
            if (!NameWords.isNameWord(p, i)) {
                i++;
                continue;
            }
            int e = Math.min(NameWords.runEnd(p, i), end);
            int k = NameWords.nameStart(p, i, e);
            if (k < e) {
                nameStart = k;
                nameEnd = e;
            } else if (!hasRole(p, i, e)) {
                bodyStart = i;
                bodyEnd = e;
            }
            i = e;
        }
        if (nameStart < 0) {
            nameStart = bodyStart;
            nameEnd = bodyEnd;
        }
        if (nameStart >= 0) return new Phrase(Form.NAME, s, end, nameStart, nameEnd);
        for (int i = s; i < end; i++) {
            String w = p.word(i);
            if (p.is(i, Kind.ROLE) || p.is(i, Kind.DETERMINER) && i == s) return new Phrase(Form.ROLE, s, end, -1, -1);
        }
        return NONE;
    }

    /** The forces a rank names before its holder's name ({@code Brigjen TNI Lucky}, {@code Komisaris Polisi Onkoseno}). */
    private static final java.util.Set<String> FORCES = java.util.Set.of("tni", "polri", "polisi");

    /**
     * Whether the words {@code [a, b)} set after a name are its holder's title: a role word opens them and a body or
     * a place follows it ({@code Kanit Reskrim Polsek Cempaka}, {@code Kapolres Bogor}); a rank before a name
     * ({@code AKP Arif Rahman Hakim}, {@code Mayor Jenderal TNI Lucky Avianto}) has neither but its force.
     */
    static boolean isHoldersTitle(Passage p, int a, int b) {
        if (a >= b || !p.is(a, Kind.ROLE)) return false;
        for (int i = a + 1; i < b; i++) {
            if ((p.is(i, Kind.ORG) || p.is(i, Kind.PLACE)) && !FORCES.contains(p.lower(i))) return true;
        }
        return false;
    }

    /** Whether a role word lies among tokens {@code [a, e)}. */
    static boolean hasRole(Passage p, int a, int e) {
        for (int i = a; i < e; i++) if (p.is(i, Kind.ROLE)) return true;
        return false;
    }

    /**
     * {@code mengatakan}, {@code berseri-seri}, {@code dikonfirmasi}, {@code terlihat}: a word with a
     * verb's prefix, not a name, a role or a common noun that only looks like one ({@code diskusi}).
     */
    static boolean isVerbShaped(String w) {
        if (w.length() < 5 || !Character.isLowerCase(w.codePointAt(0))) return false;
        String k = w.toLowerCase(Locale.ROOT);
        if (Words.is(k, Kind.NOUN) || Words.is(k, Kind.ROLE) || Words.is(k, Kind.PRONOUN)) return false;
        return hasVerbPrefix(k);
    }

    static boolean hasVerbPrefix(String k) {
        if (k.length() < 3) return false;
        return switch (k.charAt(0)) {
            case 'm' -> k.charAt(1) == 'e' && "mnlrwy".indexOf(k.charAt(2)) >= 0;
            case 'b' -> k.startsWith("ber");
            case 't' -> k.startsWith("ter");
            case 'd' -> k.charAt(1) == 'i';
            case 'p' -> k.startsWith("per") && k.endsWith("kan");
            default -> false;
        };
    }
}
